import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, specifiedDirectives } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { guardFields } from './field-guard.js';
import type { Logger } from '../logger.js';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@extends", "@inaccessible"])';

export interface SubgraphDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Entity types extended here but not reachable from a query of this subgraph. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type this subgraph can resolve. */
  references?: Record<string, (reference: any, context: any) => unknown>;
}

/**
 * type-graphql builds the schema; Apollo's `buildSubgraphSchema` adds `_service` / `_entities`.
 * type-graphql's own resolver map is merged with the reference resolvers, which is the recipe of
 * type-graphql's `examples/apollo-federation-2`.
 */
export async function buildFederatedSubgraph(definition: SubgraphDefinition, logger: Logger): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    directives: [...specifiedDirectives],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  // The input guard and the error mapping, on every field, outside type-graphql's middlewares
  // (which would make every property read asynchronous: field-guard.ts says why).
  guardFields(schema, logger);
  const typeDefs = gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, resolveReference] of Object.entries(definition.references ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
