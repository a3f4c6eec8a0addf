import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
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
    if ('errors' in prepared) return { errors: prepared.errors.map(asInputError) };
    const result = await execute({ schema: this.schema, document: prepared.document, variableValues: request.variables, operationName: request.operationName, contextValue: context });
    // Variables the subgraph's scalars refuse never reach a resolver: no data, code-less errors.
    return result.data === undefined && result.errors ? { ...result, errors: result.errors.map(asInputError) } : result;
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

/**
 * The supergraph declares custom scalars (DateTimeISO…) without their parsing, so a malformed value
 * passes the gateway's validation and is refused only here, by the subgraph's scalar, with an error
 * that has no code (which the gateway would answer as INTERNAL_SERVER_ERROR) and that quotes the
 * value. It is the client's input: BAD_USER_INPUT, without the value.
 */
const SCALAR_REFUSAL = /(got invalid value|Expected value of type|Expected type|cannot represent)/;

function asInputError(error: GraphQLError): GraphQLError {
  if (error.extensions?.code || !SCALAR_REFUSAL.test(error.message)) return error;
  const variable = /Variable "\$(\w+)"/.exec(error.message)?.[1];
  return new GraphQLError('Un argument a une valeur invalide pour son type (une date attend le format ISO 8601, par exemple).', {
    extensions: { code: 'BAD_USER_INPUT', fields: [{ field: variable ?? 'argument', constraints: ['type'] }] },
  });
}
