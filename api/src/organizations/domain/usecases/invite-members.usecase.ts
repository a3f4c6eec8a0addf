import type { OrganizationsDependencies } from '../dependencies.js';
import { OrganizationArchivedError } from '../errors.js';
import { generateInvitationCode, type Invitation, invitationAddresses, invitationExpiresAt } from '../models/invitation.js';
import type { MembershipRole } from '../models/membership.js';
import type { OrganizationAccess } from '../organization-access.js';
import { invitationLink } from '../invitation-link.js';
import { recordSupportAction } from './record-support-action.js';

/**
 * Invites several addresses at once (guide p.52). Addresses are trimmed, lower-cased and
 * de-duplicated; one already pending is renewed with its code (that is "resend"). One e-mail per
 * address, queued in the same transaction — except for an address whose e-mail went out less than
 * INVITATION_RESEND_INTERVAL_SECONDS ago: its pending invitation is returned unchanged and nothing
 * is sent (the organisation row lock and the upsert keep that true under concurrent calls).
 */
export async function inviteMembers(
  { access, organizationId, emails, role }: { access: OrganizationAccess; organizationId: string; emails: string[]; role: MembershipRole | null },
  deps: OrganizationsDependencies,
): Promise<Invitation[]> {
  access.assertCanManageTeam();
  const addresses = invitationAddresses(emails, deps.isEmailAddress);

  return deps.transaction(async (tx) => {
    const organization = await tx.organizations.getForUpdate(organizationId);
    if (organization.archivedAt) throw new OrganizationArchivedError();
    const now = tx.now();
    const expiresAt = invitationExpiresAt(now, tx.settings.invitationTtlDays);
    const invitations: Invitation[] = [];
    for (const email of addresses) {
      const { invitation, sent } = await tx.invitations.createOrRenewPendingOnce(
        { organizationId, email, role, code: generateInvitationCode(), expiresAt },
        now,
        tx.settings.invitationResendIntervalSeconds,
      );
      invitations.push(invitation);
      if (!sent) continue;
      await tx.mailer.enqueue(tx.mails.invitation({ to: email, organizationName: organization.name, link: invitationLink(tx.settings.publicUrl, invitation), expiresAt }));
    }
    if (access.actsAsSupport) {
      await recordSupportAction(tx, access.principal, 'MEMBERS_INVITED', { type: 'Organization', id: organizationId }, null, { emails: addresses, role });
    }
    return invitations;
  });
}
