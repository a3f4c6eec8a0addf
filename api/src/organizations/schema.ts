import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { AuthResolver } from './application/auth.resolver.js';
import { MeResolver } from './application/me.resolver.js';
import { resolveUserReference } from './application/user.reference.js';

export const organizationsSubgraph: SubgraphDefinition = {
  name: 'organizations',
  resolvers: [AuthResolver, MeResolver],
  references: { User: resolveUserReference },
};
