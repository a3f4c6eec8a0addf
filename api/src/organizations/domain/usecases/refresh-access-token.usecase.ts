import type { IdentityDependencies } from '../dependencies.js';
import { InvalidRefreshTokenError } from '../errors.js';
import type { User } from '../models/user.js';
import type { IssuedTokens } from '../models/session.js';
import { newRefreshToken, parseRefreshToken } from '../../infrastructure/access-tokens.js';

/** Trades a refresh token for new tokens; the refresh token is single use (rotated). */
export async function refreshAccessToken(
  { refreshToken }: { refreshToken: string },
  { sessions, accessTokens, now }: IdentityDependencies,
): Promise<IssuedTokens & { user: User }> {
  const at = now();
  const presented = parseRefreshToken(refreshToken);
  if (!presented) throw new InvalidRefreshTokenError();
  const next = newRefreshToken(presented.sessionId);
  const rotated = await sessions.rotateRefreshToken(presented.sessionId, presented.hash, next.hash, at);
  if (!rotated) throw new InvalidRefreshTokenError();
  const active = await sessions.findActiveWithUser(presented.sessionId, at);
  if (!active) throw new InvalidRefreshTokenError();
  const access = await accessTokens.sign({ userId: active.user.id, sessionId: presented.sessionId }, at);
  return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: next.token, user: active.user };
}
