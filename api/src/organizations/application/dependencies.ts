import type { GraphQLContext } from '../../context.js';
import type { IdentityDependencies } from '../domain/dependencies.js';
import { UserRepository } from '../infrastructure/user.repository.js';
import { SessionRepository } from '../infrastructure/session.repository.js';
import { passwordHasher } from '../infrastructure/password-hasher.js';

export function identityDependencies(context: GraphQLContext): IdentityDependencies {
  return {
    users: new UserRepository(context.em),
    sessions: new SessionRepository(context.em),
    passwordHasher,
    accessTokens: context.services.accessTokens,
    loginThrottle: context.services.loginThrottle,
    sessionTtlSeconds: context.services.config.sessionTtlSeconds,
    now: () => new Date(),
  };
}
