import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { CertificationResolver } from './application/certification.resolver.js';

export const certificationSubgraph: SubgraphDefinition = {
  name: 'certification',
  resolvers: [CertificationResolver],
};
