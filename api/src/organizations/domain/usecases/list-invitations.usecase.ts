import type { OrganizationsDependencies } from '../dependencies.js';
import type { Invitation, InvitationStatus } from '../models/invitation.js';
import type { OrganizationAccess } from '../organization-access.js';

/** Invitations of the organisation (pending ones beside the team list, guide p.51). */
export async function listInvitations(
  { access, organizationId, status }: { access: OrganizationAccess; organizationId: string; status: InvitationStatus | null },
  deps: Pick<OrganizationsDependencies, 'invitations'>,
): Promise<Invitation[]> {
  access.assertCanRead();
  return deps.invitations.listByOrganizationIds([organizationId], status);
}
