import type { IdentityDependencies } from '../dependencies.js';
import type { Principal } from '../../../shared/auth/principal.js';
import type { User } from '../models/user.js';
import { UnauthenticatedError } from '../../../shared/errors/domain-error.js';

/**
 * Turns a bearer token into a principal (and the user, already loaded, for the request's loaders). A token that is forged, expired, or whose session was
 * revoked is an error (not "anonymous"): the client must know to refresh or sign in again.
 */
export async function authenticateAccessToken(
  { token }: { token: string },
  { accessTokens, sessions, now }: Pick<IdentityDependencies, 'accessTokens' | 'sessions' | 'now'>,
): Promise<{ principal: Principal; user: User }> {
  const check = await accessTokens.verify(token);
  if (!check.ok) {
    const message = check.reason === 'TOKEN_EXPIRED' ? 'Votre session a expiré.' : "Jeton d'accès invalide.";
    throw new UnauthenticatedError(message, { reason: check.reason });
  }
  const active = await sessions.findActiveWithUser(check.claims.sessionId, now());
  if (!active || active.user.id !== check.claims.userId) {
    throw new UnauthenticatedError('Session révoquée ou expirée.', { reason: 'SESSION_REVOKED' });
  }
  const principal: Principal = { kind: 'user', userId: active.user.id, sessionId: active.session.id, supportRole: active.user.supportRole };
  return { principal, user: active.user };
}
