/** Support roles on users (PRODUCT.md "Support area"). */
export enum SupportRole {
  SUPER_ADMIN = 'SUPER_ADMIN',
  SUPPORT = 'SUPPORT',
  METIER = 'METIER',
  CERTIF = 'CERTIF',
}

export const ASSESSMENT_ENGINE = 'assessment-engine';

/** Who is asking. Built once per request from the Authorization header, never from arguments. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; sessionId: string; supportRole: SupportRole | null }
  | { kind: 'service'; service: typeof ASSESSMENT_ENGINE };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;
