import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { OrganizationArchivedError } from '../errors.js';
import { generateInvitationCode, type Invitation } from '../models/invitation.js';
import type { MembershipRole } from '../models/membership.js';
import { normalizeEmail } from '../models/user.js';
import type { OrganizationAccess } from '../organization-access.js';
import { invitationLink } from '../invitation-link.js';
import { recordSupportAction } from './record-support-action.js';

export const MAX_EMAILS_PER_INVITATION = 100;

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
  const addresses = [...new Set(emails.map(normalizeEmail).filter(Boolean))];
  const invalid = addresses.filter((address) => !deps.isEmailAddress(address));
  if (addresses.length === 0 || addresses.length > MAX_EMAILS_PER_INVITATION || invalid.length) {
    throw new InvalidInputError(
      invalid.length ? `Adresses e-mail invalides : ${invalid.join(', ')}` : `Indiquez entre 1 et ${MAX_EMAILS_PER_INVITATION} adresses e-mail.`,
      [{ field: 'emails', constraints: invalid.length ? ['isEmail'] : ['count'] }],
    );
  }

  return deps.transaction(async (tx) => {
    const organization = await tx.organizations.getForUpdate(organizationId);
    if (organization.archivedAt) throw new OrganizationArchivedError();
    const now = tx.now();
    const expiresAt = new Date(now.getTime() + tx.settings.invitationTtlDays * 24 * 3600 * 1000);
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
