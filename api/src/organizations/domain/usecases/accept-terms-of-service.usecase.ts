import type { IdentityDependencies } from '../dependencies.js';
import type { User } from '../models/user.js';

/** Idempotent: the first acceptance date is kept. */
export async function acceptTermsOfService({ userId }: { userId: string }, { users, now }: IdentityDependencies): Promise<User> {
  return users.markTermsAsAccepted(userId, now());
}
