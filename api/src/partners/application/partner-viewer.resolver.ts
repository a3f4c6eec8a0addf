import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../shared/auth/roles.js';
import { buildPartnersDependencies } from './dependencies.js';
import { toScopes } from './enums.js';
import { PartnerClient, PartnerViewer } from './partner-client.type.js';
import { networkRef } from './references.type.js';
import type { PartnersContext } from './request-context.js';

@Resolver()
export class PartnerViewerResolver {
  @Authorized(Role.PARTNER)
  @Query(() => PartnerViewer, { description: 'Partner clients: who this token is, its network and its scopes.' })
  async partnerViewer(@Ctx() context: PartnersContext): Promise<PartnerViewer> {
    const principal = context.principal;
    if (principal.kind !== 'partner') throw new Error('unreachable: @Authorized(PARTNER) lets only partner clients in');
    const client = await buildPartnersDependencies(context.em, context.services).clients.get(principal.partnerClientId);
    return Object.assign(new PartnerViewer(), { client: PartnerClient.from(client), network: networkRef(client.jurisdiction.networkId), scopes: toScopes(principal.scopes) });
  }
}
