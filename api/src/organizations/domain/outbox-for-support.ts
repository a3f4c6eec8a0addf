import { invitationIdIn, MASK, maskInvitationCodes } from './invitation-link.js';
import { maskPasswordResetTokens } from './password-reset-link.js';
import type { OutboxMailRecord } from './mailer.js';

/** An outbox e-mail as support reads it: its secrets masked, and the invitation it carries named. */
export interface SupportOutboxMail extends OutboxMailRecord {
  /** The invitation whose link the e-mail carries (invitation and space-approval e-mails), else null. */
  invitationId: string | null;
}

/**
 * Support reads the outbox to help people, not to act as them: a password reset link would let
 * the agent choose the person's password, an invitation code would let them join in the person's
 * place (if they signed up with the address first). Both are masked; the rest of the text, the
 * links without a secret included, is left as sent. The stored e-mail is untouched (the worker
 * sends it as written).
 */
export function forSupport(mail: OutboxMailRecord): SupportOutboxMail {
  return {
    ...mail,
    textBody: maskPasswordResetTokens(maskInvitationCodes(mail.textBody), MASK),
    invitationId: invitationIdIn(mail.textBody),
  };
}
