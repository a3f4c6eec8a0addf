import type { PasswordResetDependencies } from '../dependencies.js';
import { ResetTokenInvalidError } from '../errors.js';

/**
 * Sets the new password of the link's account (its rules are the sign-up's, checked on the input),
 * spends the link and closes every session of the account: whoever knew the old password is out.
 * It does not sign in: the person signs in with the new password, which proves they kept it.
 * An unknown, expired or spent link answers RESET_TOKEN_INVALID.
 */
export async function resetPassword({ token, password }: { token: string; password: string }, deps: PasswordResetDependencies): Promise<true> {
  const tokenHash = deps.resetTokens.hash(token);
  // Checked first so that a forged link costs no argon2 work; spent again below, atomically.
  if (!(await deps.passwordResets.findUserOfLiveToken(tokenHash, deps.now()))) throw new ResetTokenInvalidError();
  const passwordHash = await deps.passwordHasher.hash(password);
  const userId = await deps.transaction(async (tx) => {
    const now = tx.now();
    const spentBy = await tx.passwordResets.spend(tokenHash, now);
    if (!spentBy) throw new ResetTokenInvalidError();
    await tx.passwordResets.setPasswordHash(spentBy, passwordHash);
    await tx.passwordResets.revokeAllSessions(spentBy, now);
    return spentBy;
  });
  // Failed logins of the account are forgotten: the person proved they own its mailbox.
  const user = await deps.users.get(userId);
  await deps.loginThrottle.recordSuccess(user.email);
  return true;
}
