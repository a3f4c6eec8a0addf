import type { SubgraphDefinition } from '../shared/graphql/build-subgraph.js';
import { ReferentialResolver } from './application/referential.resolver.js';
import { CompetenceFieldsResolver } from './application/competence.resolver.js';
import { TargetProfileResolver } from './application/target-profile.resolver.js';
import { resolveTargetProfileReference } from './application/target-profile.reference.js';
import { UserEligibilityResolver } from './application/user-eligibility.resolver.js';
import { UserProfileResolver } from './application/user-profile.resolver.js';
import { User } from './application/user.type.js';
import { resolveUserReference } from './application/user.reference.js';

export const certificationSubgraph: SubgraphDefinition = {
  name: 'certification',
  resolvers: [ReferentialResolver, CompetenceFieldsResolver, TargetProfileResolver, UserProfileResolver, UserEligibilityResolver],
  // `User` is reached only through the gateway (`_entities`), never from a query of this subgraph.
  orphanedTypes: [User],
  references: { User: resolveUserReference, TargetProfile: resolveTargetProfileReference },
};
