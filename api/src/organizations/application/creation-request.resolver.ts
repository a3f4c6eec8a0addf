import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import type { UserPrincipal } from '../../shared/auth/principal.js';
import { pageRequest } from '../../shared/pagination.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { ORGANIZATION_MANAGERS } from '../domain/organization-access.js';
import { requestOrganizationCreation } from '../domain/usecases/request-organization-creation.usecase.js';
import { approveOrganizationCreationRequest } from '../domain/usecases/approve-organization-creation-request.usecase.js';
import { rejectOrganizationCreationRequest } from '../domain/usecases/reject-organization-creation-request.usecase.js';
import { listCreationRequests } from '../domain/usecases/list-creation-requests.usecase.js';
import { organizationsDependencies } from './dependencies.js';
import { CreationRequestStatus } from './enums.js';
import { OrganizationCreationRequest, OrganizationCreationRequestConnection } from './creation-request.type.js';
import { RequestOrganizationCreationInput } from './organization.input.js';
import { Network } from './network.type.js';
import { Organization } from './organization.type.js';
import { User } from './user.type.js';

@Resolver(() => OrganizationCreationRequest)
export class CreationRequestResolver {
  @Authorized()
  @Mutation(() => OrganizationCreationRequest, { description: 'Asks support for an Orga space for your structure (guide p.50).' })
  async requestOrganizationCreation(
    @Arg('input', () => RequestOrganizationCreationInput) input: RequestOrganizationCreationInput,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: OrganizationsContext,
  ): Promise<OrganizationCreationRequest> {
    return OrganizationCreationRequest.from(await requestOrganizationCreation({ actor, fields: input }, organizationsDependencies(context)));
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Query(() => OrganizationCreationRequestConnection, { description: 'Support: creation requests, newest first.' })
  async organizationCreationRequests(
    @Arg('status', () => CreationRequestStatus, { nullable: true }) status: CreationRequestStatus | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<OrganizationCreationRequestConnection> {
    const page = await listCreationRequests({ status, page: pageRequest(first ?? undefined, after) }, organizationsDependencies(context));
    return toConnection(page, OrganizationCreationRequest.from);
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Mutation(() => OrganizationCreationRequest, { description: 'Creates the organisation and invites the requester as its ADMIN.' })
  async approveOrganizationCreationRequest(@Arg('id', () => ID) id: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<OrganizationCreationRequest> {
    return OrganizationCreationRequest.from(await approveOrganizationCreationRequest({ actor, id }, organizationsDependencies(context)));
  }

  @Authorized(...ORGANIZATION_MANAGERS)
  @Mutation(() => OrganizationCreationRequest)
  async rejectOrganizationCreationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { validate: false }) reason: string,
    @CurrentUser() actor: UserPrincipal,
    @Ctx() context: OrganizationsContext,
  ): Promise<OrganizationCreationRequest> {
    return OrganizationCreationRequest.from(await rejectOrganizationCreationRequest({ actor, id, reason: reason.slice(0, 2000) }, organizationsDependencies(context)));
  }

  @FieldResolver(() => User)
  async requester(@Root() request: OrganizationCreationRequest, @Ctx() { loaders }: OrganizationsContext): Promise<User> {
    return User.from((await loaders.organizations.userById.load(request.requesterId))!);
  }

  @FieldResolver(() => Network, { nullable: true })
  async network(@Root() request: OrganizationCreationRequest, @Ctx() { loaders }: OrganizationsContext): Promise<Network | null> {
    const network = request.networkId ? await loaders.organizations.networkById.load(request.networkId) : null;
    return network && Network.from(network);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation created on approval.' })
  async organization(@Root() request: OrganizationCreationRequest, @Ctx() { loaders }: OrganizationsContext): Promise<Organization | null> {
    const organization = request.organizationId ? await loaders.organizations.organizationById.load(request.organizationId) : null;
    return organization && Organization.from(organization);
  }
}
