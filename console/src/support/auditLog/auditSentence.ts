import type { AuditLogQuery } from '../../gql/graphql';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the API's `auditLog` gives for one entry (names looked up by the API, batched): the generated type. */
export type AuditEntryRecord = AuditLogQuery['auditLog']['nodes'][number];
type Person = Pick<NonNullable<AuditEntryRecord['actor']>, 'firstName' | 'lastName'>;

const SUPPORT_ROLES = ['SUPER_ADMIN', 'SUPPORT', 'METIER', 'CERTIF'];
const MEMBER_ROLES = ['ADMIN', 'MEMBER'];
const SENTENCES = new Set([
  'ORGANIZATION_CREATED', 'ORGANIZATION_UPDATED', 'ORGANIZATION_ARCHIVED', 'CREATION_REQUEST_APPROVED', 'CREATION_REQUEST_REJECTED',
  'SUPPORT_ROLE_CHANGED', 'MEMBERS_INVITED', 'MEMBERSHIP_ROLE_CHANGED', 'MEMBERSHIP_REMOVED', 'MAIL_REQUEUED',
]);

const fullName = (person: Person | null | undefined) => (person ? `${person.firstName} ${person.lastName}`.trim() : '');
const text = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * One audit entry as a sentence, in the console's language: who (with their support role) did
 * what to which organisation or person, when — "Camille Martin (support) a approuvé la demande
 * d'espace de « Mission Locale de Lyon » le 1 décembre 2026 à 10:42". Names come from the API;
 * an action this console does not know yet still reads as a sentence, with its code.
 */
export function auditSentence(entry: AuditEntryRecord, translate: Translate, locale: string): string {
  const unknown = translate('orga.support.audit.unknown');
  const role = SUPPORT_ROLES.includes(entry.actorRole) ? translate(`orga.supportRoles.${entry.actorRole}`) : null;
  const name = fullName(entry.actor) || translate('orga.support.audit.someone');
  const actor = role ? translate('orga.support.audit.actorWithRole', { name, role }) : name;
  const organization = entry.organization?.name ?? entry.targetLabel ?? unknown;
  const person = fullName(entry.person) || unknown;
  const label = entry.targetLabel ?? entry.organization?.name ?? unknown;
  const memberRole = (value: unknown) => (typeof value === 'string' && MEMBER_ROLES.includes(value) ? translate(`orga.team.roles.${value}`) : unknown);

  let key = SENTENCES.has(entry.action) ? entry.action : 'OTHER';
  const values: Record<string, unknown> = { actor, organization, person, label, action: entry.action, target: `${entry.targetType} ${entry.targetId}` };
  switch (entry.action) {
    case 'ORGANIZATION_UPDATED':
      values.fields = entry.changedFields.length
        ? entry.changedFields.map((field) => translate(`orga.support.organizations.fields.${field}`, { _: field })).join(', ')
        : '—';
      break;
    case 'SUPPORT_ROLE_CHANGED': {
      const next = text(entry.after?.supportRole);
      if (next && SUPPORT_ROLES.includes(next)) values.role = translate(`orga.supportRoles.${next}`);
      else key = 'SUPPORT_ROLE_REMOVED';
      break;
    }
    case 'MEMBERS_INVITED': {
      const emails = Array.isArray(entry.after?.emails) ? (entry.after!.emails as unknown[]).filter((email): email is string => typeof email === 'string') : [];
      values.emails = emails.join(', ') || unknown;
      const invitedRole = text(entry.after?.role);
      values.as = invitedRole ? translate('orga.support.audit.as', { role: memberRole(invitedRole).toLowerCase() }) : '';
      break;
    }
    case 'MEMBERSHIP_ROLE_CHANGED':
      values.from = memberRole(entry.before?.role);
      values.to = memberRole(entry.after?.role);
      break;
  }
  const sentence = translate(`orga.support.audit.sentences.${key}`, values);
  const at = new Date(entry.createdAt);
  const tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(at);
  return translate('orga.support.audit.when', { sentence, date, time });
}
