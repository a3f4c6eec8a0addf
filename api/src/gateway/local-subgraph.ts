import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type DocumentNode, execute, type GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
import { LRUCache } from 'lru-cache';

type Prepared = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * A subgraph run inside this process. The gateway's own LocalGraphQLDataSource calls `graphql()`,
 * which parses and validates every fetch of every request again; but the fetches are the query
 * plans' operations, a small fixed set of texts (the plans themselves are cached by the gateway).
 * Here each text is parsed and validated once against the subgraph's schema, then only executed:
 * the answer is the same, errors included (a text that fails validation keeps failing the same way).
 */
export class LocalSubgraph implements GraphQLDataSource {
  private readonly prepared = new LRUCache<string, Prepared>({ max: 2_000 });

  constructor(private readonly schema: GraphQLSchema) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions) {
    const source = request.query ?? '';
    let prepared = this.prepared.get(source);
    if (!prepared) {
      prepared = this.prepare(source);
      this.prepared.set(source, prepared);
    }
    if ('errors' in prepared) return { errors: prepared.errors };
    return execute({ schema: this.schema, document: prepared.document, variableValues: request.variables, operationName: request.operationName, contextValue: context });
  }

  private prepare(source: string): Prepared {
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    const errors = validate(this.schema, document);
    return errors.length ? { errors } : { document };
  }
}
