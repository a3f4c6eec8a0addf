import type { AuditEntry } from './models/audit-entry.js';

/**
 * Whom and what a support action was about, read from the entry itself (its target and the
 * snapshots taken before and after), so that the log can say "a approuvé la demande d'espace de
 * « Mission Locale de Lyon »" instead of a type and an id. The names are looked up afresh (batched).
 */
export interface AuditSubjects {
  /** The organisation concerned: the one acted on, the one of a membership, the one a request created. */
  organizationId: string | null;
  /** The person concerned: the one acted on, the member of a membership, the author of a request. */
  userId: string | null;
  /** The outbox e-mail acted on (its recipient names it). */
  mailId: string | null;
  /** A name kept in the snapshots, for what has no record of its own to look up (a request's organisation name). */
  label: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function auditSubjects(entry: Pick<AuditEntry, 'targetType' | 'targetId' | 'before' | 'after'>): AuditSubjects {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const either = (field: string) => text(after[field]) ?? text(before[field]);
  const none: AuditSubjects = { organizationId: null, userId: null, mailId: null, label: null };
  switch (entry.targetType) {
    case 'Organization':
      return { ...none, organizationId: entry.targetId, label: either('name') };
    case 'OrganizationCreationRequest':
      return { ...none, organizationId: text(after.organizationId), userId: either('requesterId'), label: either('name') };
    case 'User':
      return { ...none, userId: entry.targetId };
    case 'Membership':
      return { ...none, organizationId: either('organizationId'), userId: either('userId') };
    case 'OutboxMail':
      return { ...none, mailId: entry.targetId };
    default:
      return none;
  }
}

/** Fields whose value differs between the snapshots (an update's "what changed"), bookkeeping dates aside. */
export function changedFields(entry: Pick<AuditEntry, 'before' | 'after'>): string[] {
  if (!entry.before || !entry.after) return [];
  const ignored = new Set(['updatedAt', 'createdAt', 'id']);
  const fields = new Set([...Object.keys(entry.before), ...Object.keys(entry.after)]);
  return [...fields].filter((field) => !ignored.has(field) && JSON.stringify(entry.before![field] ?? null) !== JSON.stringify(entry.after![field] ?? null));
}
