import type { SubgraphName } from './shared/config.js';
import type { SubgraphDefinition } from './shared/graphql/build-subgraph.js';
import { organizationsSubgraph } from './organizations/schema.js';
import { campaignsSubgraph } from './campaigns/schema.js';
import { certificationSubgraph } from './certification/schema.js';
import { partnersSubgraph } from './partners/schema.js';

export const subgraphDefinitions: Record<SubgraphName, SubgraphDefinition> = {
  organizations: organizationsSubgraph,
  campaigns: campaignsSubgraph,
  certification: certificationSubgraph,
  partners: partnersSubgraph,
};
