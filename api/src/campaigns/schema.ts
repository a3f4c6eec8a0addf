import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { CampaignResolver, OrganizationCampaignsResolver } from './application/campaign.resolver.js';
import { JoinResolver } from './application/join.resolver.js';
import { ParticipationResolver } from './application/participation.resolver.js';
import { resolveParticipationReference } from './application/participation.reference.js';
import { resolveNetworkReference, resolveOrganizationReference, resolveUserReference } from './application/organization.reference.js';
import { NetworkSharedResultsResolver } from './application/network-shared-results.resolver.js';
import { NetworkStatisticsResolver } from './application/network-statistics.resolver.js';
import { UserParticipationsResolver, UserParticipationResolver } from './application/user-participations.resolver.js';
import { resolveCampaignReference } from './application/campaign.reference.js';
import { NetworkRef } from './application/references.type.js';

export const campaignsSubgraph: SubgraphDefinition = {
  name: 'campaigns',
  resolvers: [CampaignResolver, OrganizationCampaignsResolver, JoinResolver, ParticipationResolver, UserParticipationsResolver, UserParticipationResolver, NetworkSharedResultsResolver, NetworkStatisticsResolver],
  // `Network` is reached only through the gateway (`_entities`), for its feed of shared results.
  orphanedTypes: [NetworkRef],
  references: { Organization: resolveOrganizationReference, User: resolveUserReference, Campaign: resolveCampaignReference, CampaignParticipation: resolveParticipationReference, Network: resolveNetworkReference },
};
