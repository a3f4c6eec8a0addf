import { GraphQLRequestError } from '../../auth/graphqlClient';
import type { CreatePartnerClientInput, PartnerScope } from '../../gql/graphql';

/**
 * Each scope as POST /oauth/token spells it (docs/partners.md): keyed on the generated enum, so a
 * scope added to the API without a line here fails compilation, as does one without its French
 * explanation (messages.ts, `scopes.<SCOPE>`).
 */
export const WIRE_SCOPES: Record<PartnerScope, string> = {
  ORGANIZATIONS_READ: 'organizations:read',
  CAMPAIGNS_READ: 'campaigns:read',
  RESULTS_READ: 'results:read',
  RESULTS_IDENTITY: 'results:identity',
  WEBHOOKS_MANAGE: 'webhooks:manage',
};

/** In the order docs/partners.md lists them (the form's checkboxes, the list's chips). */
export const PARTNER_SCOPES = Object.keys(WIRE_SCOPES) as PartnerScope[];

/** Rotation: hours the current secrets keep working (API: 0 to 168, 24 by default). */
export const DEFAULT_OVERLAP_HOURS = 24;
export const MAX_OVERLAP_HOURS = 168;

/** The longest a client may be granted from today (the API allows a year and a day, at most 366 days from now). */
export const MAX_LIFETIME_DAYS = 365;

export type PartnerClientStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** Revoked wins over expired: a revocation is what support did, an expiry what the date did. */
export function partnerClientStatus(client: { revokedAt: string | null; expiresAt: string }, now: Date): PartnerClientStatus {
  if (client.revokedAt) return 'REVOKED';
  return Date.parse(client.expiresAt) <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of a local day (what a date input holds). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/**
 * The days an expiry may fall on: from tomorrow (the API asks for more than a day from now, and
 * a client expires at the end of its day) to a year from today.
 */
export function expiryBounds(now: Date): { min: string; max: string } {
  return { min: localDay(addDays(now, 1)), max: localDay(addDays(now, MAX_LIFETIME_DAYS)) };
}

/** A client given a day works until the end of that day, local time. */
export function endOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date!, 23, 59, 59);
}

/** The translation key of what is wrong with an expiry day, if anything (none given: a year, the API's default). */
export function expiryProblem(day: string | null | undefined, now: Date): string | undefined {
  if (!day) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(endOfDay(day).getTime())) return 'orga.support.partners.fieldErrors.expiresAt';
  const { min, max } = expiryBounds(now);
  return day < min || day > max ? 'orga.support.partners.fieldErrors.expiresAt' : undefined;
}

/** Trimmed, blanks dropped, each once, in the order typed. */
export function tags(values: readonly unknown[] | null | undefined): string[] {
  const seen = new Set<string>();
  for (const value of values ?? []) {
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** What someone typed in a tags field, cut at commas and semicolons ("Gironde, Landes"). */
export function splitTags(text: string): string[] {
  return tags(text.split(/[,;]/));
}

export interface PartnerClientForm {
  name?: string;
  networkId?: string;
  scopes?: string[];
  regions?: string[];
  departments?: string[];
  expiresAt?: string | null;
  contactEmail?: string | null;
}

/** The mutation's input: trimmed, the scopes in the documented order, optional parts left out when empty. */
export function toCreatePartnerClientInput(form: PartnerClientForm): CreatePartnerClientInput {
  const chosen = new Set(form.scopes ?? []);
  const input: CreatePartnerClientInput = {
    name: (form.name ?? '').trim(),
    networkId: form.networkId ?? '',
    scopes: PARTNER_SCOPES.filter((scope) => chosen.has(scope)),
  };
  const regions = tags(form.regions);
  const departments = tags(form.departments);
  if (regions.length) input.regions = regions;
  if (departments.length) input.departments = departments;
  if (form.expiresAt) input.expiresAt = endOfDay(form.expiresAt).toISOString();
  const contactEmail = form.contactEmail?.trim();
  if (contactEmail) input.contactEmail = contactEmail;
  return input;
}

const FORM_FIELDS = ['name', 'networkId', 'scopes', 'regions', 'departments', 'expiresAt', 'contactEmail', 'overlapHours'] as const;
type FormField = (typeof FORM_FIELDS)[number];

/** The message for a field the API refused, by the rule it names (the use case's own, or class-validator's). */
function fieldErrorKey(field: FormField, constraints: string[]): string {
  const key = (name: string) => `orga.support.partners.fieldErrors.${name}`;
  if (field === 'name') return constraints.includes('maxLength') || constraints.includes('length') ? key('nameLength') : key('required');
  if (field === 'networkId') return key('network');
  if (field === 'contactEmail') return key('contactEmail');
  if (field === 'regions' || field === 'departments') return key('places');
  return key(field);
}

/**
 * BAD_USER_INPUT's `extensions.fields` (`input.contactEmail`, `regions.3`, `overlapHours`) as
 * messages under the form's fields, for react-admin's form (`{ field: translationKey }`).
 */
export function fieldErrorsFromApi(error: unknown): Partial<Record<FormField, string>> {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'BAD_USER_INPUT') return {};
  const fields = error.extensions.fields;
  if (!Array.isArray(fields)) return {};
  const errors: Partial<Record<FormField, string>> = {};
  for (const entry of fields as { field?: unknown; constraints?: unknown }[]) {
    if (typeof entry?.field !== 'string') continue;
    const name = entry.field.replace(/^input\./, '').replace(/\.\d+$/, '');
    if (!(FORM_FIELDS as readonly string[]).includes(name)) continue;
    const field = name as FormField;
    if (errors[field]) continue;
    errors[field] = fieldErrorKey(field, Array.isArray(entry.constraints) ? entry.constraints.filter((c): c is string => typeof c === 'string') : []);
  }
  return errors;
}

/** An IPv4 client seen through an IPv6 socket (`::ffff:192.0.2.1`) as people write it. */
export function displayAddress(ip: string): string {
  return /^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(ip) ? ip.slice('::ffff:'.length) : ip;
}

/** The one-line token request of docs/partners.md, for this client on this server. */
export function tokenCurl(origin: string, clientId: string, clientSecret: string, scopes: readonly PartnerScope[]): string {
  const scope = PARTNER_SCOPES.filter((candidate) => scopes.includes(candidate)).map((candidate) => WIRE_SCOPES[candidate]).join(' ');
  return `curl -s -u '${clientId}:${clientSecret}' -d grant_type=client_credentials -d 'scope=${scope}' ${origin.replace(/\/$/, '')}/oauth/token`;
}
