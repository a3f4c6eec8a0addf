import type { GatewayInterface, GatewayExecutor } from '@apollo/server-gateway-interface';
import { UnifiedGraphManager } from '@graphql-mesh/fusion-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { ExecutionRequest, ExecutionResult, Executor } from '@graphql-tools/utils';
import { type DocumentNode, getVariableValues, GraphQLError, print } from 'graphql';
import type { GraphQLDataSource } from '@apollo/gateway';
import { SUBGRAPH_NAMES, type SubgraphName } from '../shared/config.js';
import { composeSupergraph, type SubgraphSchemas } from './supergraph.js';
import { subgraphDataSource } from './gateway.js';
import { propagateNulls } from './null-propagation.js';

/**
 * The same supergraph and the same in-process subgraphs as `createGateway`, planned and executed by
 * Hive Gateway's engine (`@graphql-hive/router-runtime`, whose query planner is compiled into the
 * package) instead of @apollo/gateway's. It plugs into Apollo Server where @apollo/gateway does:
 * parsing, validation, graphql-armor, error formatting, HTTP statuses, headers and the
 * idempotency plugin stay Apollo Server's, so a client cannot tell the two apart.
 */
export function createHiveGateway(schemas: SubgraphSchemas, remoteUrls?: Partial<Record<SubgraphName, string>>): GatewayInterface {
  const supergraphSdl = composeSupergraph(schemas, remoteUrls);
  // The very data sources @apollo/gateway is given: in-process, or over HTTP with the caller's credentials.
  const subgraphs = new Map<string, GraphQLDataSource>();
  for (const name of SUBGRAPH_NAMES) subgraphs.set(name.toUpperCase(), subgraphDataSource(schemas, name, remoteUrls?.[name]));
  const manager = new UnifiedGraphManager<Record<string, unknown>>({
    getUnifiedGraph: () => supergraphSdl,
    handleUnifiedGraph: unifiedGraphHandler,
    // One local executor per subgraph, whatever transport the supergraph names (`in-process://…`).
    transports: () => ({
      getSubgraphExecutor: ({ subgraphName }) => localExecutor(subgraphs.get(subgraphName.toUpperCase()) ?? missing(subgraphName), subgraphName),
    }),
    // Each fetch is one in-process call: batching would only add a tick and a merge.
    batch: false,
  });
  let stopped = false;
  return {
    onSchemaLoadOrUpdate(callback) {
      void Promise.resolve(manager.getUnifiedGraph()).then((apiSchema) => {
        if (!stopped) callback({ apiSchema, coreSupergraphSdl: supergraphSdl });
      });
      return () => undefined;
    },
    async load() {
      const execute = await manager.getExecutor();
      if (!execute) throw new Error('Hive Gateway: the router runtime gave no executor');
      const executor: GatewayExecutor = async (requestContext) => {
        // Variables are checked against the operation first, as @apollo/gateway does: a bad value is
        // a request error without `data`, which Apollo Server answers 400 BAD_USER_INPUT.
        const variableDefinitions = requestContext.operation?.variableDefinitions ?? [];
        if (variableDefinitions.length) {
          const { errors: variableErrors } = getVariableValues(requestContext.schema, variableDefinitions, requestContext.request.variables ?? {});
          if (variableErrors?.length) return { errors: variableErrors };
        }
        const result = await execute({
          document: requestContext.document,
          operationName: requestContext.operationName ?? undefined,
          variables: requestContext.request.variables,
          context: requestContext.context,
        });
        if (Symbol.asyncIterator in (result as object)) throw new Error('Hive Gateway: streamed results are not supported');
        // An execution that failed at a non-null root field answers `data: null`, as @apollo/gateway does.
        const { data, errors, extensions } = result as ExecutionResult;
        const paths = errors?.flatMap((error) => (error.path ? [error.path] : [])) ?? [];
        const shaped = data && paths.length ? propagateNulls(requestContext.schema, requestContext.document, requestContext.operationName ?? undefined, data, paths) : (data ?? null);
        return { data: shaped, ...(errors ? { errors } : {}), ...(extensions ? { extensions } : {}) };
      };
      return { executor };
    },
    async stop() {
      stopped = true;
      await manager[Symbol.asyncDispose]();
    },
  };
}

/** The fetch's text is printed once per document (the router runtime keeps one document per plan node). */
function localExecutor(subgraph: GraphQLDataSource, serviceName: string): Executor {
  const texts = new WeakMap<DocumentNode, string>();
  return async (request: ExecutionRequest) => {
    let query = texts.get(request.document);
    if (query === undefined) {
      query = print(request.document);
      texts.set(request.document, query);
    }
    const result = await subgraph.process({
      request: { query, variables: request.variables, operationName: request.operationName },
      context: request.context,
    } as never);
    // @apollo/gateway names the subgraph of each error it relays (`extensions.serviceName`).
    if (!result.errors?.length) return result as ExecutionResult;
    return { ...result, errors: result.errors.map((error) => withServiceName(error, serviceName)) } as ExecutionResult;
  };
}

function withServiceName(error: GraphQLError | { message: string; extensions?: Record<string, unknown> }, serviceName: string): GraphQLError {
  const source = error as GraphQLError;
  // No `nodes`: their locations are in the subgraph's fetch text, which the client never sent.
  return new GraphQLError(source.message, {
    path: source.path,
    originalError: source.originalError ?? undefined,
    extensions: { ...source.extensions, serviceName },
  });
}

function missing(name: string): never {
  throw new Error(`Hive Gateway: no subgraph named ${name}`);
}
