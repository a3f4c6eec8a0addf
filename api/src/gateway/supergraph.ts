import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, parse } from 'graphql';
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
