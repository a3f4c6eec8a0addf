import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import type { UserPrincipal } from '../../shared/auth/principal.js';
import { inviteMembers } from '../domain/usecases/invite-members.usecase.js';
import { resendInvitation } from '../domain/usecases/resend-invitation.usecase.js';
import { cancelInvitation } from '../domain/usecases/cancel-invitation.usecase.js';
import { acceptInvitation } from '../domain/usecases/accept-invitation.usecase.js';
import { getInvitationPreview } from '../domain/usecases/get-invitation-preview.usecase.js';
import { updateMembershipRole } from '../domain/usecases/update-membership-role.usecase.js';
import { removeMembership } from '../domain/usecases/remove-membership.usecase.js';
import { leaveOrganization } from '../domain/usecases/leave-organization.usecase.js';
import { accessTo } from './access.js';
import { organizationsDependencies } from './dependencies.js';
import { MembershipRole } from './enums.js';
import { Invitation, InvitationPreview } from './invitation.type.js';
import { Membership } from './membership.type.js';
import { Organization } from './organization.type.js';
import { User } from './user.type.js';
import { InviteMembersArgs } from './invite-members.args.js';

@Resolver()
export class TeamResolver {
  @Query(() => InvitationPreview, { description: 'Public: the invitation behind a link (id and code from the e-mail).' })
  async invitation(@Arg('id', () => ID) id: string, @Arg('code', () => String) code: string, @Ctx() context: OrganizationsContext): Promise<InvitationPreview> {
    return InvitationPreview.from(await getInvitationPreview({ id, code }, organizationsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => [Invitation], { description: 'Invites several addresses at once; one already pending is sent again with its code.' })
  async inviteMembers(@Args(() => InviteMembersArgs) { organizationId, emails, role }: InviteMembersArgs, @Ctx() context: OrganizationsContext): Promise<Invitation[]> {
    const access = await accessTo(context, organizationId);
    const invitations = await inviteMembers({ access, organizationId, emails, role: role ?? null }, organizationsDependencies(context));
    return invitations.map((invitation) => Invitation.from(invitation));
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'Sends a pending invitation again (same code) and renews its expiry.' })
  async resendInvitation(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<Invitation> {
    return Invitation.from(await resendInvitation({ accessTo: (organizationId) => accessTo(context, organizationId), id }, organizationsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Invitation)
  async cancelInvitation(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<Invitation> {
    return Invitation.from(await cancelInvitation({ accessTo: (organizationId) => accessTo(context, organizationId), id }, organizationsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Joins the organisation with the invitation from the e-mail.' })
  async acceptInvitation(
    @Arg('id', () => ID) id: string,
    @Arg('code', () => String) code: string,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: OrganizationsContext,
  ): Promise<Membership> {
    const membership = await acceptInvitation({ actor, id, code }, organizationsDependencies(context));
    context.loaders.organizations.activeMembershipsByUserId.clear(actor.userId);
    return Membership.from(membership);
  }

  @Authorized()
  @Mutation(() => Membership)
  async updateMembershipRole(@Arg('id', () => ID) id: string, @Arg('role', () => MembershipRole) role: MembershipRole, @Ctx() context: OrganizationsContext): Promise<Membership> {
    return Membership.from(await updateMembershipRole({ accessTo: (organizationId) => accessTo(context, organizationId), id, role }, organizationsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Removes a member from the team (the last admin cannot be removed).' })
  async removeMembership(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<Membership> {
    return Membership.from(await removeMembership({ accessTo: (organizationId) => accessTo(context, organizationId), id }, organizationsDependencies(context)));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Leaves the team (the last admin must first name another).' })
  async leaveOrganization(@Arg('organizationId', () => ID) organizationId: string, @Ctx() context: OrganizationsContext): Promise<boolean> {
    return leaveOrganization({ access: await accessTo(context, organizationId), organizationId }, organizationsDependencies(context));
  }
}

@Resolver(() => Membership)
export class MembershipFieldsResolver {
  @FieldResolver(() => User)
  async user(@Root() membership: Membership, @Ctx() { loaders }: OrganizationsContext): Promise<User> {
    return User.from((await loaders.organizations.userById.load(membership.userId))!);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() { loaders }: OrganizationsContext): Promise<Organization> {
    return Organization.from((await loaders.organizations.organizationById.load(membership.organizationId))!);
  }
}

@Resolver(() => Invitation)
export class InvitationFieldsResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() invitation: Invitation, @Ctx() { loaders }: OrganizationsContext): Promise<Organization> {
    return Organization.from((await loaders.organizations.organizationById.load(invitation.organizationId))!);
  }
}
