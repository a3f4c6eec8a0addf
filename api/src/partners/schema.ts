import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { PartnerClientsResolver } from './application/partner-clients.resolver.js';
import { PartnerViewerResolver } from './application/partner-viewer.resolver.js';
import { RateLimitResolver } from './application/rate-limit.resolver.js';

export const partnersSubgraph: SubgraphDefinition = {
  name: 'partners',
  resolvers: [PartnerClientsResolver, PartnerViewerResolver, RateLimitResolver],
  references: {},
};
