import type { OutgoingMail } from './mailer.js';

/**
 * What the organizations use cases ask of the outside world besides storage: ports that
 * infrastructure/ implements (argon2, jose, crypto, PostgreSQL counters, the French e-mails) and
 * application/dependencies.ts hands in.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash it cannot read. */
  verify(hash: string, password: string): Promise<boolean>;
  /** Verified against when the e-mail is unknown, so that a login takes as long either way. */
  readonly unknownUserHash: string;
}

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

export type AccessTokenCheck =
  | { ok: true; claims: AccessTokenClaims }
  | { ok: false; reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' };

/** Short-lived access tokens that only name a session; the session decides if they still hold. */
export interface AccessTokens {
  sign(claims: AccessTokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<AccessTokenCheck>;
}

/** Single-use refresh tokens: the token goes to the client, only its hash is stored. */
export interface RefreshTokens {
  issue(sessionId: string): { token: string; hash: string };
  /** Null for anything that is not a refresh token of ours. */
  parse(token: string): { sessionId: string; hash: string } | null;
}

/** The secrets of password reset links: the token goes in the e-mail, only its hash is stored. */
export interface ResetTokens {
  issue(): { token: string; hash: string };
  hash(token: string): string;
}

/** Failed logins counted per account and per address, across processes and restarts. */
export interface LoginThrottle {
  /** Seconds to wait when either counter is exhausted, else 0. */
  secondsBlocked(email: string, address: string): Promise<number>;
  recordFailure(email: string, address: string): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

/** The e-mails this context sends, written by infrastructure/mail-templates.ts. */
export interface OrganizationsMails {
  invitation(data: { to: string; organizationName: string; link: string; expiresAt: Date }): OutgoingMail;
  creationRequestApproved(data: { to: string; organizationName: string; link: string }): OutgoingMail;
  creationRequestRejected(data: { to: string; organizationName: string; reason: string; requestLink: string }): OutgoingMail;
  passwordReset(data: { to: string; firstName: string; link: string; ttlMinutes: number }): OutgoingMail;
}
