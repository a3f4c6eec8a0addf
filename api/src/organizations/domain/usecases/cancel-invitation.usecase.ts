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
  const cancelled = await deps.invitations.markAsCancelled(invitation.id, deps.now());
  if (!cancelled) throw new InvitationNotPendingError(invitation.status === InvitationStatus.PENDING ? 'CHANGED' : invitation.status);
  return deps.invitations.get(invitation.id);
}
