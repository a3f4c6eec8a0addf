import type { IdentityDependencies } from '../dependencies.js';
import { isValidEmail, normalizeEmail, type User } from '../models/user.js';
import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { IssuedTokens } from '../models/session.js';
import { openSession } from './open-session.js';

export interface SignUpInput {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  acceptTermsOfService: boolean;
  ipAddress: string;
  userAgent?: string;
}

/** Creates the account and signs the person in (the invitation flow goes on right after). */
export async function signUp(input: SignUpInput, deps: IdentityDependencies): Promise<IssuedTokens & { user: User }> {
  const { users, passwordHasher, now } = deps;
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) {
    throw new InvalidInputError("L'adresse e-mail n'est pas valide.", [{ field: 'email', constraints: ['isEmail'] }]);
  }
  const user = await users.create({
    email,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    passwordHash: await passwordHasher.hash(input.password),
    termsAcceptedAt: input.acceptTermsOfService ? now() : null,
  });
  const tokens = await openSession({ userId: user.id, userAgent: input.userAgent, ipAddress: input.ipAddress }, deps);
  return { ...tokens, user };
}
