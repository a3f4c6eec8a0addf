import { createHmac } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { VerifiedTokens } from '../../shared/auth/verified-tokens.js';
import { isPartnerScope, type PartnerScope } from '../../shared/auth/partner-scopes.js';
import type * as Ports from '../domain/services.js';

const ISSUER = 'orga-spe';
/** People's tokens have the audience `orga-spe`: a client's token is never taken for a person's. */
export const PARTNER_AUDIENCE = 'orga-spe-partners';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HS256 JWTs (jose) under a key of their own, derived from AUTH_SECRET. They name the client and
 * the scopes granted; the client itself is read on each request (revocation holds at once). A
 * token whose signature checked out is remembered until its `exp` (shared/auth/verified-tokens.ts).
 */
export class ClientTokens implements Ports.ClientTokens {
  private readonly key: Uint8Array;
  private readonly verified = new VerifiedTokens<Ports.ClientTokenClaims>();

  constructor(authSecret: string, readonly ttlSeconds: number) {
    this.key = createHmac('sha256', authSecret).update('partner-client-tokens').digest();
  }

  async sign(claims: Ports.ClientTokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ scope: claims.scopes.join(' ') })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.partnerClientId)
      .setIssuer(ISSUER)
      .setAudience(PARTNER_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<Ports.ClientTokenCheck> {
    const known = this.verified.lookup(token);
    if (known === 'expired') return { ok: false, reason: 'TOKEN_EXPIRED' };
    if (known) return { ok: true, claims: known };
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: PARTNER_AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'scope'] });
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub) || !scopes.every(isPartnerScope)) return { ok: false, reason: 'TOKEN_INVALID' };
      const claims = { partnerClientId: payload.sub, scopes: scopes as PartnerScope[] };
      this.verified.remember(token, claims, payload.exp!);
      return { ok: true, claims };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID' };
    }
  }
}
