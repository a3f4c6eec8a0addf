import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import type { SubgraphName } from '../shared/config.js';

export type SubgraphSchemas = Record<SubgraphName, GraphQLSchema>;

export function subgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}

/** Composes the supergraph the gateway (or an Apollo Router) serves, from the subgraphs' SDL. */
export function composeSupergraph(schemas: SubgraphSchemas, urls: Partial<Record<SubgraphName, string>> = {}): string {
  const result = composeServices(
    Object.entries(schemas).map(([name, schema]) => ({
      name,
      url: urls[name as SubgraphName] ?? `in-process://${name}`,
      typeDefs: parse(subgraphSdl(schema)),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

/**
 * What clients see of the supergraph (no join directives, no federation internals), sorted so that
 * a diff shows only real changes: the contract that partners code against (schema/api.graphql).
 */
export function apiSchemaSdl(schemas: SubgraphSchemas): string {
  const result = composeServices(
    Object.entries(schemas).map(([name, schema]) => ({ name, url: `in-process://${name}`, typeDefs: parse(subgraphSdl(schema)) })),
  );
  if (result.errors) throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  return printSchema(lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
}
