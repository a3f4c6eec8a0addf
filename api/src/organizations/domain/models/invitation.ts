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
