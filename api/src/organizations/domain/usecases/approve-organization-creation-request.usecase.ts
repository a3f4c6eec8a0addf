import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { CreationRequestNotPendingError } from '../errors.js';
import { CreationRequestStatus, type CreationRequest } from '../models/creation-request.js';
import { generateInvitationCode, invitationExpiresAt } from '../models/invitation.js';
import { MembershipRole } from '../models/membership.js';
import { DEFAULT_DOCUMENTATION_URL } from '../models/organization.js';
import { invitationLink } from '../invitation-link.js';
import { recordSupportAction } from './record-support-action.js';

/**
 * Creates the organisation and invites the requester as its ADMIN, in one transaction. The
 * request is claimed first with a conditional update: approving twice (or twice at once) creates
 * one organisation; the second attempt gets CREATION_REQUEST_NOT_PENDING.
 */
export async function approveOrganizationCreationRequest(
  { actor, id }: { actor: UserPrincipal; id: string },
  deps: OrganizationsDependencies,
): Promise<CreationRequest> {
  return deps.transaction(async (tx) => {
    const request = { ...(await tx.creationRequests.get(id)) };
    const now = tx.now();
    const organizationId = crypto.randomUUID();
    const claimed = await tx.creationRequests.markAsProcessed(id, { status: CreationRequestStatus.APPROVED, by: actor.userId, organizationId }, now);
    if (!claimed) throw new CreationRequestNotPendingError((await tx.creationRequests.get(id)).status);

    const organization = await tx.organizations.create({
      id: organizationId,
      name: request.name,
      type: request.type,
      networkId: request.networkId,
      parentId: null,
      externalId: null,
      siret: request.siret,
      address: { ...request.address },
      documentationUrl: DEFAULT_DOCUMENTATION_URL,
      isCertificationCenter: false,
      createdById: actor.userId,
    });
    const requester = await tx.users.get(request.requesterId);
    const expiresAt = invitationExpiresAt(now, tx.settings.invitationTtlDays);
    const invitation = await tx.invitations.createOrRenewPending(
      { organizationId, email: requester.email, role: MembershipRole.ADMIN, code: generateInvitationCode(), expiresAt },
      now,
    );
    await tx.mailer.enqueue(
      tx.mails.creationRequestApproved({ to: requester.email, organizationName: organization.name, link: invitationLink(tx.settings.publicUrl, invitation) }),
    );
    const processed = await tx.creationRequests.get(id);
    await recordSupportAction(tx, actor, 'CREATION_REQUEST_APPROVED', { type: 'OrganizationCreationRequest', id }, request, processed);
    return processed;
  });
}
