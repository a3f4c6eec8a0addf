import type { Knex } from '@mikro-orm/postgresql';
import type { Principal } from '../../shared/auth/principal.js';
import type { Config } from '../../shared/config.js';
import type { Session } from '../../shared/context.js';
import type { OrganizationsLoaders } from '../application/loaders.js';
import type { AccessTokens as AccessTokensPort, LoginThrottle as LoginThrottlePort } from '../domain/services.js';
import { authenticateAccessToken } from '../domain/usecases/authenticate-access-token.usecase.js';
import { bootstrapSuperAdmin } from '../domain/usecases/bootstrap-super-admin.usecase.js';
import { AccessTokens } from '../infrastructure/access-tokens.js';
import { LoginThrottle } from '../infrastructure/login-throttle.js';
import { passwordHasher } from '../infrastructure/password-hasher.js';
import { SessionRepository } from '../infrastructure/session.repository.js';
import { UserRepository } from '../infrastructure/user.repository.js';

/** The process-wide parts of sign-in, created once at start by the composition root. */
export interface IdentityServices {
  accessTokens: AccessTokensPort;
  loginThrottle: LoginThrottlePort;
}

export function createIdentityServices(config: Pick<Config, 'authSecret' | 'accessTokenTtlSeconds' | 'loginThrottle'>, knex: Knex): IdentityServices {
  return { accessTokens: new AccessTokens(config.authSecret, config.accessTokenTtlSeconds), loginThrottle: new LoginThrottle(knex, config.loginThrottle) };
}

/**
 * The principal behind a bearer token (UNAUTHENTICATED when forged, expired or revoked). The
 * session check reads the user: it is primed into the request's loaders, so `me` and friends
 * need no second query.
 */
export async function authenticateBearer(
  scope: Session & { loaders: { organizations: OrganizationsLoaders } },
  services: IdentityServices,
  token: string,
): Promise<Principal> {
  const { principal, user } = await authenticateAccessToken({ token }, { accessTokens: services.accessTokens, sessions: new SessionRepository(scope.em), now: () => new Date() });
  scope.loaders.organizations.userById.prime(user.id, user);
  return principal;
}

/** ADMIN_EMAIL / ADMIN_PASSWORD at start: the first SUPER_ADMIN of a real deployment. */
export async function bootstrapSuperAdminAccount(session: Session, account: { email: string; password: string }): Promise<'created' | 'exists'> {
  return bootstrapSuperAdmin(account, { users: new UserRepository(session.em), passwordHasher, now: () => new Date() });
}
