/** Support roles on users (PRODUCT.md "Support area"). */
export enum SupportRole {
  SUPER_ADMIN = 'SUPER_ADMIN',
  SUPPORT = 'SUPPORT',
  METIER = 'METIER',
  CERTIF = 'CERTIF',
}

import type { Jurisdiction, PartnerScope } from './partner-scopes.js';

export const ASSESSMENT_ENGINE = 'assessment-engine';

/** Who is asking. Built once per request from the Authorization header, never from arguments. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string; supportRole: SupportRole | null }
  | { kind: 'service'; service: typeof ASSESSMENT_ENGINE }
  /** A partner network's API client (OAuth 2.0 client credentials): its id, where it may read, what it was granted. */
  | { kind: 'partner'; partnerClientId: string; clientId: string; jurisdiction: Jurisdiction; scopes: readonly PartnerScope[] };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
export type PartnerPrincipal = Extract<Principal, { kind: 'partner' }>;
