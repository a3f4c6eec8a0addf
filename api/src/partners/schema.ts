import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { PartnerClientsResolver } from './application/partner-clients.resolver.js';
import { PartnerViewerResolver } from './application/partner-viewer.resolver.js';
import { RateLimitResolver } from './application/rate-limit.resolver.js';
import { NetworkEventsResolver, WebhooksResolver } from './application/webhooks.resolver.js';
import { networkRef } from './application/references.type.js';

export const partnersSubgraph: SubgraphDefinition = {
  name: 'partners',
  resolvers: [PartnerClientsResolver, PartnerViewerResolver, RateLimitResolver, WebhooksResolver, NetworkEventsResolver],
  // The gateway asks for a network's events by its id; the field checks the client.
  references: { Network: (reference: { id: string }) => networkRef(reference.id) },
};
