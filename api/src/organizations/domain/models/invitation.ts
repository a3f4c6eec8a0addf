import { randomInt } from 'node:crypto';
import type { MembershipRole } from './membership.js';

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
