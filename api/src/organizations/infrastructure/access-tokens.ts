import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { VerifiedTokens } from '../../shared/auth/verified-tokens.js';
import type * as Ports from '../domain/services.js';
import type { AccessTokenCheck, AccessTokenClaims, RefreshTokens } from '../domain/services.js';

const ISSUER = 'orga-spe';
const AUDIENCE = 'orga-spe';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type { AccessTokenCheck, AccessTokenClaims } from '../domain/services.js';

/**
 * Short-lived HS256 JWTs (jose). They only name a session; the session decides if they still hold.
 * A token whose signature checked out is remembered until its `exp` (a console sends the same one
 * with every request for 15 minutes): the HMAC through WebCrypto cost more than the rest of a
 * light request's authentication. Only good tokens are kept; the session is still read each time.
 */
export class AccessTokens implements Ports.AccessTokens {
  private readonly key: Uint8Array;
  private readonly verified = new VerifiedTokens<AccessTokenClaims>();

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: AccessTokenClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verify(token: string): Promise<AccessTokenCheck> {
    const known = this.verified.lookup(token);
    if (known === 'expired') return { ok: false, reason: 'TOKEN_EXPIRED' };
    if (known) return { ok: true, claims: known };
    try {
      // A token without `exp` would never expire: refused, like one whose ids are not ids.
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'sub', 'sid'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !UUID.test(payload.sub) || !UUID.test(payload.sid)) {
        return { ok: false, reason: 'TOKEN_INVALID' };
      }
      const claims = { userId: payload.sub, sessionId: payload.sid };
      this.verified.remember(token, claims, payload.exp!);
      return { ok: true, claims };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID' };
    }
  }
}

/** `<sessionId>.<secret>`: the id finds the session, the secret (stored hashed) proves possession. */
export function newRefreshToken(sessionId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${sessionId}.${secret}`, hash: hashToken(secret) };
}

export function parseRefreshToken(token: string): { sessionId: string; hash: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  return { sessionId: match[1]!, hash: hashToken(match[2]!) };
}

function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const refreshTokens: RefreshTokens = { issue: newRefreshToken, parse: parseRefreshToken };
