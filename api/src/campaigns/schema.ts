import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { CampaignResolver, OrganizationCampaignsResolver } from './application/campaign.resolver.js';
import { JoinResolver } from './application/join.resolver.js';
import { ParticipationResolver } from './application/participation.resolver.js';
import { resolveParticipationReference } from './application/participation.reference.js';
import { resolveOrganizationReference } from './application/organization.reference.js';
import { resolveCampaignReference } from './application/campaign.reference.js';

export const campaignsSubgraph: SubgraphDefinition = {
  name: 'campaigns',
  resolvers: [CampaignResolver, OrganizationCampaignsResolver, JoinResolver, ParticipationResolver],
  references: { Organization: resolveOrganizationReference, Campaign: resolveCampaignReference, CampaignParticipation: resolveParticipationReference },
};
