import { randomInt } from 'node:crypto';
import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import { InvitationExpiredError, InvitationNotPendingError, OrganizationArchivedError } from '../errors.js';
import type { MembershipRole } from './membership.js';
import type { Organization } from './organization.js';
import { normalizeEmail } from './user.js';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
}

export interface Invitation {
  id: string;
  organizationId: string;
  email: string;
  code: string;
  role: MembershipRole | null;
  status: InvitationStatus;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  lastSentAt: Date;
  acceptedAt: Date | null;
  cancelledAt: Date | null;
}

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** 10 upper-case alphanumerics from the CSPRNG (Pix Orga's invitation codes). */
export function generateInvitationCode(): string {
  let code = '';
  for (let index = 0; index < 10; index += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export function isExpired(invitation: Pick<Invitation, 'expiresAt'>, now: Date): boolean {
  return invitation.expiresAt.getTime() <= now.getTime();
}

/** Normalised address comparison (the invited address and the account's are stored lower-cased, but never trust it). */
export function isSentTo(invitation: Pick<Invitation, 'email'>, email: string): boolean {
  return invitation.email.trim().toLowerCase() === email.trim().toLowerCase();
}

/**
 * The invited address as the public invitation page may show it: the first character of the local
 * part, then `***`, then the domain (`j***@exemple.fr`). Enough for the invitee to recognise it,
 * not enough for whoever holds a forwarded link to learn it.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${Array.from(email)[0]}***${email.slice(at)}`;
}

/** Seconds left before the invitation e-mail may be sent again; 0 when it may. */
export function secondsBeforeResend(invitation: Pick<Invitation, 'lastSentAt'>, intervalSeconds: number, now: Date): number {
  const elapsed = (now.getTime() - invitation.lastSentAt.getTime()) / 1000;
  return elapsed >= intervalSeconds ? 0 : Math.max(1, Math.ceil(intervalSeconds - elapsed));
}

const DAY_MS = 24 * 3600 * 1000;

/** When an invitation sent (or sent again) now stops working: INVITATION_TTL_DAYS later. */
export function invitationExpiresAt(now: Date, ttlDays: number): Date {
  return new Date(now.getTime() + ttlDays * DAY_MS);
}

/**
 * Whether the invitation may still be accepted, in the order the invitee would fix things: it is
 * still pending (not accepted nor cancelled), not expired, and its organisation is not archived.
 */
export function assertCanBeAccepted(invitation: Pick<Invitation, 'status' | 'expiresAt'>, organization: Pick<Organization, 'archivedAt'>, now: Date): void {
  if (invitation.status !== InvitationStatus.PENDING) throw new InvitationNotPendingError(invitation.status);
  if (isExpired(invitation, now)) throw new InvitationExpiredError();
  if (organization.archivedAt) throw new OrganizationArchivedError();
}

export const MAX_EMAILS_PER_INVITATION = 100;

/**
 * The addresses one invitation form sends to: trimmed, lower-cased, blanks dropped, each once;
 * between 1 and MAX_EMAILS_PER_INVITATION of them, all valid (BAD_USER_INPUT naming the invalid ones).
 */
export function invitationAddresses(emails: readonly string[], isEmailAddress: (value: string) => boolean): string[] {
  const addresses = [...new Set(emails.map(normalizeEmail).filter(Boolean))];
  const invalid = addresses.filter((address) => !isEmailAddress(address));
  if (addresses.length === 0 || addresses.length > MAX_EMAILS_PER_INVITATION || invalid.length) {
    throw new InvalidInputError(
      invalid.length ? `Adresses e-mail invalides : ${invalid.join(', ')}` : `Indiquez entre 1 et ${MAX_EMAILS_PER_INVITATION} adresses e-mail.`,
      [{ field: 'emails', constraints: invalid.length ? ['isEmail'] : ['count'] }],
    );
  }
  return addresses;
}
