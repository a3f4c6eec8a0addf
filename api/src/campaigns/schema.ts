import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { CampaignsResolver } from './application/campaigns.resolver.js';

export const campaignsSubgraph: SubgraphDefinition = {
  name: 'campaigns',
  resolvers: [CampaignsResolver],
};
