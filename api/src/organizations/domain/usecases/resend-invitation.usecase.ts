import type { OrganizationsDependencies } from '../dependencies.js';
import { InvitationNotFoundError, InvitationNotPendingError, InvitationResendTooSoonError, OrganizationArchivedError } from '../errors.js';
import { type Invitation, invitationExpiresAt, InvitationStatus, secondsBeforeResend } from '../models/invitation.js';
import type { AccessLookup } from '../organization-access.js';
import { invitationLink } from '../invitation-link.js';

/**
 * Sends the same invitation again (same code) and gives it a fresh 30 days; not twice within
 * INVITATION_RESEND_INTERVAL_SECONDS (TOO_MANY_ATTEMPTS with retryAfterSeconds, nothing sent).
 */
export async function resendInvitation(
  { accessTo, id }: { accessTo: AccessLookup; id: string },
  deps: OrganizationsDependencies,
): Promise<Invitation> {
  const invitation = await deps.invitations.get(id);
  (await accessTo(invitation.organizationId)).assertCanManageTeam(() => new InvitationNotFoundError());
  if (invitation.status !== InvitationStatus.PENDING) throw new InvitationNotPendingError(invitation.status);
  return deps.transaction(async (tx) => {
    const organization = await tx.organizations.getForUpdate(invitation.organizationId);
    if (organization.archivedAt) throw new OrganizationArchivedError();
    const now = tx.now();
    const expiresAt = invitationExpiresAt(now, tx.settings.invitationTtlDays);
    // Conditional update, under the organisation's row lock: of concurrent resends one only sends.
    const renewed = await tx.invitations.renewIfDue(invitation.id, expiresAt, now, tx.settings.invitationResendIntervalSeconds);
    if (!renewed) {
      const current = await tx.invitations.get(invitation.id);
      if (current.status !== InvitationStatus.PENDING) throw new InvitationNotPendingError(current.status);
      throw new InvitationResendTooSoonError(secondsBeforeResend(current, tx.settings.invitationResendIntervalSeconds, now));
    }
    await tx.mailer.enqueue(tx.mails.invitation({ to: renewed.email, organizationName: organization.name, link: invitationLink(tx.settings.publicUrl, renewed), expiresAt }));
    return renewed;
  });
}
