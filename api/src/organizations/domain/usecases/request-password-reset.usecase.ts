import type { PasswordResetDependencies } from '../dependencies.js';
import { normalizeEmail } from '../models/user.js';
import { passwordResetLink } from '../password-reset-link.js';

/**
 * E-mails a single-use link to choose a new password. The answer is the same whether or not an
 * account has this address (no enumeration), and so is the work up to the look-up: the token is
 * drawn either way. A known address gets a new token (the previous link stops working) and its
 * e-mail in one transaction, at most one e-mail per `intervalSeconds`: within it nothing changes
 * and the earlier link stays good.
 */
export async function requestPasswordReset({ email }: { email: string }, deps: PasswordResetDependencies): Promise<true> {
  const reset = deps.resetTokens.issue();
  const user = await deps.users.findByEmail(normalizeEmail(email));
  if (!user) return true;
  await deps.transaction(async (tx) => {
    const now = tx.now();
    const { ttlMinutes, intervalSeconds, publicUrl } = tx.settings;
    const expiresAt = new Date(now.getTime() + ttlMinutes * 60 * 1000);
    const replaced = await tx.passwordResets.replaceIfDue({ userId: user.id, tokenHash: reset.hash, expiresAt, now, intervalSeconds });
    if (!replaced) return;
    await tx.mailer.enqueue(tx.mails.passwordReset({ to: user.email, firstName: user.firstName, link: passwordResetLink(publicUrl, reset.token), ttlMinutes }));
  });
  return true;
}
