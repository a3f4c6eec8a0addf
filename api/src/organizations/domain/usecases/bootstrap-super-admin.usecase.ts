import type { IdentityDependencies } from '../dependencies.js';
import { SupportRole } from '../../../shared/auth/principal.js';
import { EmailAlreadyUsedError } from '../errors.js';

/**
 * Real deployments start with no one able to sign in: ADMIN_EMAIL / ADMIN_PASSWORD create the
 * first SUPER_ADMIN. An existing account is left exactly as it is (its password is not reset).
 */
export async function bootstrapSuperAdmin(
  { email, password }: { email: string; password: string },
  { users, passwordHasher, now }: Pick<IdentityDependencies, 'users' | 'passwordHasher' | 'now'>,
): Promise<'created' | 'exists'> {
  if (await users.findByEmailWithPasswordHash(email)) return 'exists';
  try {
    await users.create({
      email,
      firstName: 'Administrateur',
      lastName: 'Orga SPE',
      passwordHash: await passwordHasher.hash(password),
      supportRole: SupportRole.SUPER_ADMIN,
      termsAcceptedAt: now(),
    });
  } catch (error) {
    // Another process started at the same moment created it first.
    if (error instanceof EmailAlreadyUsedError) return 'exists';
    throw error;
  }
  return 'created';
}
