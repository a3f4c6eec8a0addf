import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { CampaignResolver, OrganizationCampaignsResolver } from './application/campaign.resolver.js';
import { JoinResolver } from './application/join.resolver.js';
import { ParticipationResolver } from './application/participation.resolver.js';
import { resolveParticipationReference } from './application/participation.reference.js';
import { resolveOrganizationReference, resolveUserReference } from './application/organization.reference.js';
import { UserParticipationsResolver, UserParticipationResolver } from './application/user-participations.resolver.js';
import { resolveCampaignReference } from './application/campaign.reference.js';

export const campaignsSubgraph: SubgraphDefinition = {
  name: 'campaigns',
  resolvers: [CampaignResolver, OrganizationCampaignsResolver, JoinResolver, ParticipationResolver, UserParticipationsResolver, UserParticipationResolver],
  references: { Organization: resolveOrganizationReference, User: resolveUserReference, Campaign: resolveCampaignReference, CampaignParticipation: resolveParticipationReference },
};
