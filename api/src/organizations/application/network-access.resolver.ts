import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentUser } from '../../shared/auth/current-principal.decorator.js';
import { SupportRole, type UserPrincipal } from '../../shared/auth/principal.js';
import { ForbiddenError } from '../../shared/errors/domain-error.js';
import { grantNetworkAccess } from '../domain/usecases/grant-network-access.usecase.js';
import { revokeNetworkAccess } from '../domain/usecases/revoke-network-access.usecase.js';
import { organizationsDependencies } from './dependencies.js';
import { GrantNetworkAccessInput, NetworkAccess } from './network-access.type.js';
import type { OrganizationsContext } from './request-context.js';
import { User } from './user.type.js';
import { Network } from './network.type.js';

const SUPPORT_READING_ACCESSES = new Set<SupportRole | null>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]);

/** Who holds an access and on which network (batched per request): for support's list and the person's menu. */
@Resolver(() => NetworkAccess)
export class NetworkAccessFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The person (null if the account is gone).' })
  async user(@Root() access: NetworkAccess, @Ctx() context: OrganizationsContext): Promise<User | null> {
    const user = await context.loaders.organizations.userById.load(access.userId);
    return user ? User.from(user) : null;
  }

  @FieldResolver(() => Network, { nullable: true })
  async network(@Root() access: NetworkAccess, @Ctx() context: OrganizationsContext): Promise<Network | null> {
    const network = await context.loaders.organizations.networkById.load(access.networkId);
    return network ? Network.from(network) : null;
  }
}

/** SUPER_ADMIN grants and revokes people's access to a network (audited); SUPPORT reads them. */
@Resolver(() => User)
export class NetworkAccessResolver {
  @Authorized(SupportRole.SUPPORT)
  @Query(() => [NetworkAccess], { name: 'networkAccesses', description: 'Support: the live network accesses, of a network or of a person (the latest 200).' })
  async listNetworkAccesses(
    @Arg('networkId', () => ID, { nullable: true }) networkId: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Ctx() context: OrganizationsContext,
  ): Promise<NetworkAccess[]> {
    return (await organizationsDependencies(context).networkAccesses.list({ networkId, userId })).map(NetworkAccess.from);
  }

  @Authorized(SupportRole.SUPER_ADMIN)
  @Mutation(() => NetworkAccess, { description: 'SUPER_ADMIN: gives a person read access to a network (a second grant on the same network replaces the first).' })
  async grantNetworkAccess(@Arg('input', () => GrantNetworkAccessInput) input: GrantNetworkAccessInput, @CurrentUser() actor: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<NetworkAccess> {
    return NetworkAccess.from(await grantNetworkAccess(input, actor, { ...organizationsDependencies(context), newId: randomUUID }));
  }

  @Authorized(SupportRole.SUPER_ADMIN)
  @Mutation(() => NetworkAccess, { description: 'SUPER_ADMIN: takes a network access back, at once.' })
  async revokeNetworkAccess(@Arg('id', () => ID) id: string, @CurrentUser() actor: UserPrincipal, @Ctx() context: OrganizationsContext): Promise<NetworkAccess> {
    return NetworkAccess.from(await revokeNetworkAccess(id, actor, organizationsDependencies(context)));
  }

  @FieldResolver(() => [NetworkAccess], { description: "The person's live network accesses (the console opens the network dashboard from them); the person, SUPPORT and SUPER_ADMIN." })
  async networkAccesses(@Root() user: User, @Ctx() context: OrganizationsContext): Promise<NetworkAccess[]> {
    const { principal } = context;
    const allowed = principal.kind === 'user' && (principal.userId === user.id || SUPPORT_READING_ACCESSES.has(principal.supportRole));
    if (!allowed) throw new ForbiddenError("Les accès réseau d'une autre personne ne sont pas visibles.");
    return (await organizationsDependencies(context).networkAccesses.liveOfUser(user.id)).map(NetworkAccess.from);
  }
}
