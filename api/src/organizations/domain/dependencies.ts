import type { UserRepository } from '../infrastructure/user.repository.js';
import type { SessionRepository } from '../infrastructure/session.repository.js';
import type { PasswordHasher } from '../infrastructure/password-hasher.js';
import type { AccessTokens } from '../infrastructure/access-tokens.js';
import type { LoginThrottle } from '../infrastructure/login-throttle.js';

/** What the identity use cases need, injected so that tests can pass their own clock. */
export interface IdentityDependencies {
  users: UserRepository;
  sessions: SessionRepository;
  passwordHasher: PasswordHasher;
  accessTokens: AccessTokens;
  loginThrottle: LoginThrottle;
  sessionTtlSeconds: number;
  now: () => Date;
}
