import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { AlreadyMemberError, InvitationEmailMismatchError, InvitationNotPendingError, LastAdminError } from '../errors.js';
import { assertCanBeAccepted, isSentTo, maskEmail } from '../models/invitation.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import { defaultRoleOnJoining, demotesLastAdmin } from '../team-rules.js';

/**
 * The signed-in invitee joins (guide p.52). Only the account whose e-mail is the invited address
 * may accept: a forwarded link must not make a stranger a member, let alone an ADMIN
 * (INVITATION_EMAIL_MISMATCH, the invitation stays pending). Role: the invitation's, else ADMIN when the
 * organisation has no active member, else MEMBER. Already a member: a role-bearing invitation
 * changes the role; one without a role is refused (ALREADY_MEMBER) but spent all the same.
 */
export async function acceptInvitation(
  { actor, id, code }: { actor: UserPrincipal; id: string; code: string },
  deps: OrganizationsDependencies,
): Promise<Membership> {
  const outcome = await deps.transaction(async (tx) => {
    const invitation = await tx.invitations.getByIdAndCode(id, code);
    const invitee = await tx.users.get(actor.userId);
    if (!isSentTo(invitation, invitee.email)) throw new InvitationEmailMismatchError(maskEmail(invitation.email));
    const organization = await tx.organizations.getForUpdate(invitation.organizationId);
    const now = tx.now();
    assertCanBeAccepted(invitation, organization, now);
    // Conditional: of concurrent accepts of one invitation, one only goes on.
    if (!(await tx.invitations.markAsAccepted(invitation.id, actor.userId, now))) throw new InvitationNotPendingError('CHANGED');

    const existing = await tx.memberships.findActive(organization.id, actor.userId);
    if (existing) {
      if (!invitation.role) return { spentOnly: true as const };
      // An ADMIN accepting a MEMBER invitation is demoted: not the last one (a MEMBER is never counted).
      if (existing.role === MembershipRole.ADMIN && demotesLastAdmin(existing, invitation.role, await tx.memberships.countActiveAdmins(organization.id))) {
        throw new LastAdminError();
      }
      return { membership: await tx.memberships.updateRole(existing.id, invitation.role, now) };
    }
    const role = invitation.role ?? defaultRoleOnJoining(await tx.memberships.countActive(organization.id));
    return { membership: await tx.memberships.create({ organizationId: organization.id, userId: actor.userId, role }, now) };
  });
  if ('spentOnly' in outcome) throw new AlreadyMemberError();
  return outcome.membership;
}
