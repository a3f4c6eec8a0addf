import type { PartnerScope } from '../../shared/auth/partner-scopes.js';

/** The credentials of a client: random, shown once, stored as a hash. */
export interface ClientCredentials {
  newClientId(): string;
  newSecret(): string;
  hash(secret: string): string;
}

export interface ClientTokenClaims {
  partnerClientId: string;
  scopes: PartnerScope[];
}

export type ClientTokenCheck = { ok: true; claims: ClientTokenClaims } | { ok: false; reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' };

/** Short-lived bearer tokens for clients, told apart from people's by their audience. */
export interface ClientTokens {
  readonly ttlSeconds: number;
  sign(claims: ClientTokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<ClientTokenCheck>;
}

/** Failed token requests counted per address and per client id, across processes (PostgreSQL). */
export interface TokenThrottle {
  secondsBlocked(clientId: string, address: string): Promise<number>;
  recordFailure(clientId: string, address: string): Promise<void>;
}

/** The organizations context, as this one needs it: does the network exist? */
export interface NetworkDirectory {
  exists(networkId: string): Promise<boolean>;
}
