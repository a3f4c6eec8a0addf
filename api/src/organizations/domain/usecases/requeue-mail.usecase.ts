import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { MailNotFailedError } from '../errors.js';
import type { OutboxMailRecord } from '../mailer.js';
import { forSupport, type SupportOutboxMail } from '../outbox-for-support.js';
import { recordSupportAction } from './record-support-action.js';

/**
 * Support puts a mail the worker gave up on (FAILED) back in the queue: due now, attempts from
 * zero, the worker sends it at its next round. Authorised at the edge (SUPPORT, SUPER_ADMIN);
 * audited in the same transaction.
 */
export async function requeueMail({ actor, id }: { actor: UserPrincipal; id: string }, deps: OrganizationsDependencies): Promise<SupportOutboxMail> {
  return deps.transaction(async (tx) => {
    const outcome = await tx.mailer.requeueFailed(id, tx.now());
    if (!outcome.found) throw new NotFoundError('Cet e-mail est introuvable.');
    if (!outcome.requeued) throw new MailNotFailedError(outcome.before.status);
    const state = ({ status, attempts, lastError, nextAttemptAt }: OutboxMailRecord) => ({ status, attempts, lastError, nextAttemptAt });
    await recordSupportAction(tx, actor, 'MAIL_REQUEUED', { type: 'OutboxMail', id }, state(outcome.before), state(outcome.after));
    return forSupport(outcome.after);
  });
}
