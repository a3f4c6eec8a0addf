import type { IdentityDependencies } from '../dependencies.js';
import { InvalidRefreshTokenError } from '../errors.js';
import type { User } from '../models/user.js';
import type { IssuedTokens } from '../models/session.js';

/**
 * Trades a refresh token for new tokens; the refresh token is single use (rotated). The rotation
 * and the read-back are one transaction: a failure after the swap does not spend the token.
 */
export async function refreshAccessToken({ refreshToken }: { refreshToken: string }, deps: IdentityDependencies): Promise<IssuedTokens & { user: User }> {
  const presented = deps.refreshTokens.parse(refreshToken);
  if (!presented) throw new InvalidRefreshTokenError();
  return deps.transaction(async ({ sessions, accessTokens, now }) => {
    const at = now();
    const next = deps.refreshTokens.issue(presented.sessionId);
    const rotated = await sessions.rotateRefreshToken(presented.sessionId, presented.hash, next.hash, at);
    if (!rotated) throw new InvalidRefreshTokenError();
    const active = await sessions.findActiveWithUser(presented.sessionId, at);
    if (!active) throw new InvalidRefreshTokenError();
    const access = await accessTokens.sign({ userId: active.user.id, sessionId: presented.sessionId }, at);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: next.token, user: active.user };
  });
}
