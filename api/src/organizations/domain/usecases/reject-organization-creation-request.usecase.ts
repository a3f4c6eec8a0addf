import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { CreationRequestNotPendingError } from '../errors.js';
import { CreationRequestStatus, type CreationRequest } from '../models/creation-request.js';
import { recordSupportAction } from './record-support-action.js';

/** Refuses a request with a reason the requester reads in the e-mail they get. */
export async function rejectOrganizationCreationRequest(
  { actor, id, reason }: { actor: UserPrincipal; id: string; reason: string },
  deps: OrganizationsDependencies,
): Promise<CreationRequest> {
  const motive = reason.trim();
  if (!motive) throw new InvalidInputError('Indiquez le motif du refus.', [{ field: 'reason', constraints: ['isNotEmpty'] }]);
  return deps.transaction(async (tx) => {
    const request = { ...(await tx.creationRequests.get(id)) };
    const rejected = await tx.creationRequests.markAsProcessed(id, { status: CreationRequestStatus.REJECTED, by: actor.userId, reason: motive }, tx.now());
    if (!rejected) throw new CreationRequestNotPendingError((await tx.creationRequests.get(id)).status);
    const requester = await tx.users.get(request.requesterId);
    await tx.mailer.enqueue(tx.mails.creationRequestRejected({ to: requester.email, organizationName: request.name, reason: motive, requestLink: `${tx.settings.publicUrl}/demande-espace` }));
    const processed = await tx.creationRequests.get(id);
    await recordSupportAction(tx, actor, 'CREATION_REQUEST_REJECTED', { type: 'OrganizationCreationRequest', id }, request, processed);
    return processed;
  });
}
