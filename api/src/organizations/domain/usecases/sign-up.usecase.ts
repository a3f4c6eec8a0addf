import type { IdentityDependencies } from '../dependencies.js';
import { normalizeEmail, type User } from '../models/user.js';
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

/**
 * Creates the account and signs the person in (the invitation flow goes on right after). The
 * account and its session commit together: a failure in between leaves no account behind, so
 * the retry does not meet EMAIL_ALREADY_USED.
 */
export async function signUp(input: SignUpInput, deps: IdentityDependencies): Promise<IssuedTokens & { user: User }> {
  const email = normalizeEmail(input.email);
  if (!deps.isEmailAddress(email)) {
    throw new InvalidInputError("L'adresse e-mail n'est pas valide.", [{ field: 'email', constraints: ['isEmail'] }]);
  }
  // Hashing is slow on purpose: done before the transaction, which then stays short.
  const passwordHash = await deps.passwordHasher.hash(input.password);
  return deps.transaction(async (tx) => {
    const user = await tx.users.create({
      email,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      passwordHash,
      termsAcceptedAt: input.acceptTermsOfService ? tx.now() : null,
    });
    const tokens = await openSession({ userId: user.id, userAgent: input.userAgent, ipAddress: input.ipAddress }, tx);
    return { ...tokens, user };
  });
}
