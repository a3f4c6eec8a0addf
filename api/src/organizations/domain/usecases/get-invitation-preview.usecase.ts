import type { OrganizationsDependencies } from '../dependencies.js';
import { isExpired, maskEmail, type InvitationStatus } from '../models/invitation.js';

export interface InvitationPreview {
  id: string;
  /** `j***@exemple.fr`: whoever holds the link learns which account to use, not the address. */
  maskedEmail: string;
  status: InvitationStatus;
  isExpired: boolean;
  organizationName: string;
}

/** Public: what the invitee sees before signing in (organisation name, address invited — masked —, state). */
export async function getInvitationPreview(
  { id, code }: { id: string; code: string },
  deps: Pick<OrganizationsDependencies, 'invitations' | 'organizations' | 'now'>,
): Promise<InvitationPreview> {
  const invitation = await deps.invitations.getByIdAndCode(id, code);
  const organization = await deps.organizations.get(invitation.organizationId);
  return {
    id: invitation.id,
    maskedEmail: maskEmail(invitation.email),
    status: invitation.status,
    isExpired: isExpired(invitation, deps.now()),
    organizationName: organization.name,
  };
}
