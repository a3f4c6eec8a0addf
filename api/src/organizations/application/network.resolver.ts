import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { OrganizationsContext } from './request-context.js';
import { organizationsDependencies } from './dependencies.js';
import { Network } from './network.type.js';

@Resolver(() => Network)
export class NetworkResolver {
  @Authorized()
  @Query(() => [Network], { description: 'The national networks, by name.' })
  async networks(@Ctx() context: OrganizationsContext): Promise<Network[]> {
    return (await organizationsDependencies(context).networks.list()).map(Network.from);
  }

  @Authorized()
  @Query(() => Network)
  async network(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<Network> {
    return Network.from(await organizationsDependencies(context).networks.get(id));
  }
}
