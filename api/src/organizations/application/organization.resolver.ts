import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import type { UserPrincipal } from '../../shared/auth/principal.js';
import { pageRequest } from '../../shared/pagination.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { ORGANIZATION_MANAGERS } from '../domain/organization-access.js';
import { createOrganization } from '../domain/usecases/create-organization.usecase.js';
import { updateOrganization } from '../domain/usecases/update-organization.usecase.js';
import { archiveOrganization } from '../domain/usecases/archive-organization.usecase.js';
import { getOrganization } from '../domain/usecases/get-organization.usecase.js';
import { searchOrganizations } from '../domain/usecases/search-organizations.usecase.js';
import { listMembers } from '../domain/usecases/list-members.usecase.js';
import { listInvitations } from '../domain/usecases/list-invitations.usecase.js';
import { accessTo } from './access.js';
import { organizationsDependencies } from './dependencies.js';
import { InvitationStatus, MembershipRole } from './enums.js';
import { Invitation } from './invitation.type.js';
import { Membership, MembershipConnection } from './membership.type.js';
import { Network } from './network.type.js';
import { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.input.js';
import { Organization, OrganizationConnection } from './organization.type.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Organization, { description: 'An organisation you belong to (or any, for support).' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<Organization> {
    const organization = await getOrganization({ access: await accessTo(context, id), id }, organizationsDependencies(context));
    context.loaders.organizations.organizationById.prime(organization.id, organization);
    return Organization.from(organization);
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Query(() => OrganizationConnection, { description: 'Support: search organisations, by name, newest names first alphabetically.' })
  async organizations(
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<OrganizationConnection> {
    const page = await searchOrganizations({ filter: filter ?? {}, page: pageRequest(first ?? undefined, after) }, organizationsDependencies(context));
    return toConnection(page, Organization.from);
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Mutation(() => Organization)
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @CurrentUser() actor: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<Organization> {
    return Organization.from(await createOrganization({ actor, fields: input }, organizationsDependencies(context)));
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Mutation(() => Organization)
  async updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: OrganizationsContext,
  ): Promise<Organization> {
    return Organization.from(await updateOrganization({ actor, id, fields: input }, organizationsDependencies(context)));
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Mutation(() => Organization, { description: 'Closes the space: no joining, no invitation; pending invitations are cancelled. Nothing is deleted.' })
  async archiveOrganization(@Arg('id', () => ID) id: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<Organization> {
    return Organization.from(await archiveOrganization({ actor, id }, organizationsDependencies(context)));
  }

  @FieldResolver(() => Network, { nullable: true })
  async network(@Root() organization: Organization, @Ctx() { loaders }: OrganizationsContext): Promise<Network | null> {
    if (!organization.networkId) return null;
    const network = await loaders.organizations.networkById.load(organization.networkId);
    return network && Network.from(network);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation above this one (one level), if any.' })
  async parent(@Root() organization: Organization, @Ctx() context: OrganizationsContext): Promise<Organization | null> {
    if (!organization.parentId) return null;
    const parent = await context.loaders.organizations.organizationById.load(organization.parentId);
    // The parent is shown only to those who may read it.
    return parent && (await accessTo(context, parent.id)).canRead ? Organization.from(parent) : null;
  }

  @FieldResolver(() => MembershipRole, { nullable: true, description: "Your role here; null if you read it as support." })
  async viewerRole(@Root() organization: Organization, @Ctx() context: OrganizationsContext): Promise<MembershipRole | null> {
    return (await accessTo(context, organization.id)).membership?.role ?? null;
  }

  @FieldResolver(() => MembershipConnection, { description: 'The team, in alphabetical order (last name, first name).' })
  async members(
    @Root() organization: Organization,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<MembershipConnection> {
    const access = await accessTo(context, organization.id);
    const page = await listMembers({ access, organizationId: organization.id, page: pageRequest(first ?? undefined, after, 50) }, organizationsDependencies(context));
    return toConnection(page, Membership.from);
  }

  @FieldResolver(() => [Invitation], { description: 'Invitations, newest first; pass PENDING for those awaiting an answer.' })
  async invitations(
    @Root() organization: Organization,
    @Arg('status', () => InvitationStatus, { nullable: true }) status: InvitationStatus | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<Invitation[]> {
    const access = await accessTo(context, organization.id);
    const invitations = await listInvitations({ access, organizationId: organization.id, status }, organizationsDependencies(context));
    return invitations.map((invitation) => Invitation.from(invitation));
  }
}
