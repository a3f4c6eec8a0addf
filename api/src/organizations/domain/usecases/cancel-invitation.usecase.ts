import type { OrganizationsDependencies } from '../dependencies.js';
import { InvitationNotFoundError, InvitationNotPendingError } from '../errors.js';
import { type Invitation, InvitationStatus } from '../models/invitation.js';
import type { AccessLookup } from '../organization-access.js';

/** Only a pending invitation can be cancelled; its link stops working at once. */
export async function cancelInvitation(
  { accessTo, id }: { accessTo: AccessLookup; id: string },
  deps: OrganizationsDependencies,
): Promise<Invitation> {
  const invitation = await deps.invitations.get(id);
  (await accessTo(invitation.organizationId)).assertCanManageTeam(() => new InvitationNotFoundError());
  // The change and its read-back commit together (a failure in between would spend the retry).
  return deps.transaction(async (tx) => {
    const cancelled = await tx.invitations.markAsCancelled(invitation.id, tx.now());
    if (!cancelled) throw new InvitationNotPendingError(invitation.status === InvitationStatus.PENDING ? 'CHANGED' : invitation.status);
    return tx.invitations.get(invitation.id);
  });
}
