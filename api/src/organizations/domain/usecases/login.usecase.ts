import type { IdentityDependencies } from '../dependencies.js';
import { InvalidCredentialsError, TooManyAttemptsError } from '../errors.js';
import { normalizeEmail, type User } from '../models/user.js';
import type { IssuedTokens } from '../models/session.js';
import { openSession } from './open-session.js';

export interface LoginInput {
  email: string;
  password: string;
  ipAddress: string;
  userAgent?: string;
}

export async function login(input: LoginInput, deps: IdentityDependencies): Promise<IssuedTokens & { user: User }> {
  const { users, passwordHasher, loginThrottle, now } = deps;
  const email = normalizeEmail(input.email);

  const wait = await loginThrottle.secondsBlocked(email, input.ipAddress);
  if (wait > 0) throw new TooManyAttemptsError(wait);

  const user = await users.findByEmailWithPasswordHash(email);
  // Verify even for an unknown e-mail: both failures take the same time and give the same answer.
  const valid = await passwordHasher.verify(user?.passwordHash ?? passwordHasher.unknownUserHash, input.password);
  if (!user || !valid) {
    await loginThrottle.recordFailure(email, input.ipAddress);
    throw new InvalidCredentialsError();
  }

  await loginThrottle.recordSuccess(email);
  // The throttle keeps its own connection (failures count even when the request fails); the
  // sign-in date and the session commit together.
  const tokens = await deps.transaction(async (tx) => {
    await tx.users.markAsLoggedIn(user.id, now());
    return openSession({ userId: user.id, userAgent: input.userAgent, ipAddress: input.ipAddress }, tx);
  });
  const { passwordHash: _hidden, ...publicUser } = user;
  return { ...tokens, user: publicUser };
}
