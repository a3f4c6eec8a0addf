import { randomUUID } from 'node:crypto';
import type { IdentityDependencies } from '../dependencies.js';
import type { IssuedTokens } from '../models/session.js';

/** Shared by login and sign-up: a new session and its first pair of tokens. */
export async function openSession(
  { userId, userAgent, ipAddress }: { userId: string; userAgent?: string; ipAddress?: string },
  { sessions, accessTokens, refreshTokens, sessionTtlSeconds, now }: IdentityDependencies,
): Promise<IssuedTokens> {
  const at = now();
  const sessionId = randomUUID();
  const refresh = refreshTokens.issue(sessionId);
  await sessions.create({
    id: sessionId,
    userId,
    refreshTokenHash: refresh.hash,
    expiresAt: new Date(at.getTime() + sessionTtlSeconds * 1000),
    userAgent,
    ipAddress,
  });
  const access = await accessTokens.sign({ userId, sessionId }, at);
  return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: refresh.token };
}
