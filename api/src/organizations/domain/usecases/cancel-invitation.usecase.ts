import type { OrganizationsDependencies } from '../dependencies.js';
import { InvitationNotPendingError } from '../errors.js';
import { type Invitation, InvitationStatus } from '../models/invitation.js';
import type { OrganizationAccess } from '../organization-access.js';

/** Only a pending invitation can be cancelled; its link stops working at once. */
export async function cancelInvitation(
  { access, invitation }: { access: OrganizationAccess; invitation: Invitation },
  deps: OrganizationsDependencies,
): Promise<Invitation> {
  access.assertCanManageTeam();
  const cancelled = await deps.invitations.markAsCancelled(invitation.id, deps.now());
  if (!cancelled) throw new InvitationNotPendingError(invitation.status === InvitationStatus.PENDING ? 'CHANGED' : invitation.status);
  return deps.invitations.get(invitation.id);
}
