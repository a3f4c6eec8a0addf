import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../shared/auth/roles.js';
import { InvalidInputError, NotFoundError } from '../../shared/errors/domain-error.js';
import { toConnection } from '../../shared/graphql/connection.js';
import { pageRequest } from '../../shared/pagination.js';
import { listNetworkOrganizations } from '../domain/usecases/list-network-organizations.usecase.js';
import { networkReadScopeOf } from '../api/networks.js';
import type { OrganizationsContext } from './request-context.js';
import { organizationsDependencies } from './dependencies.js';
import { Network } from './network.type.js';
import { NetworkOrganizationsFilter } from './network-organizations.filter.js';
import { Organization, OrganizationConnection } from './organization.type.js';

@Resolver(() => Network)
export class NetworkResolver {
  @Authorized()
  @Query(() => [Network], { description: 'The national networks, by name.' })
  async networks(@Ctx() context: OrganizationsContext): Promise<Network[]> {
    return (await organizationsDependencies(context).networks.list()).map(Network.from);
  }

  @Authorized(Role.USER, Role.PARTNER)
  @Query(() => Network, { description: 'One network. A partner client reads only its own (another answers NOT_FOUND).' })
  async network(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<Network> {
    const { principal } = context;
    if (principal.kind === 'partner' && principal.jurisdiction.networkId !== id) throw new NotFoundError('Réseau introuvable.');
    return Network.from(await organizationsDependencies(context).networks.get(id));
  }

  @FieldResolver(() => OrganizationConnection, {
    description:
      "The network's structures, by name: partner clients (scope organizations:read) and people granted access to the network, within their regions or departments; support (SA, SUPPORT, METIER) the whole network.",
  })
  async organizations(
    @Root() network: Network,
    @Arg('filter', () => NetworkOrganizationsFilter, { nullable: true }) filter: NetworkOrganizationsFilter | null,
    @Arg('first', () => Int, { description: '1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<OrganizationConnection> {
    if (first < 1) throw new InvalidInputError('first va de 1 à 100.', [{ field: 'first', constraints: ['min'] }]);
    const jurisdiction = await networkReadScopeOf(context, network.id, 'structures');
    const page = await listNetworkOrganizations({ jurisdiction, filter: filter ?? {}, page: pageRequest(first, after) }, organizationsDependencies(context));
    return toConnection(page, Organization.from);
  }
}
