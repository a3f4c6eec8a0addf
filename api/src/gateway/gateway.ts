import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource } from '@apollo/gateway';
import { LocalSubgraph } from './local-subgraph.js';
import type { SubgraphName } from '../shared/config.js';
import { serviceUnavailable } from '../shared/errors/error-mapper.js';
import { composeSupergraph, type SubgraphSchemas } from './supergraph.js';

/**
 * In-process (default): the subgraphs run inside this process and receive the gateway's context
 * (principal, EntityManager, loaders) as is. Remote: each subgraph is its own process; the gateway
 * forwards the caller's credentials and address, and each subgraph authenticates them itself.
 */
/** In remote mode the gateway holds no database session: it only relays who is asking. */
export interface RemoteGatewayContext {
  forwardedHeaders?: Record<string, string | undefined>;
}

export function createGateway(schemas: SubgraphSchemas, remoteUrls?: Partial<Record<SubgraphName, string>>): ApolloGateway {
  // @apollo/gateway otherwise probes cloud metadata endpoints and exports usage metrics to Apollo's
  // servers from every instance: our participants' traffic is nobody else's business.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const supergraphSdl = composeSupergraph(schemas, remoteUrls);
  return new ApolloGateway({ supergraphSdl, buildService: ({ name, url }) => subgraphDataSource(schemas, name as SubgraphName, remoteUrls && url) });
}

/** How the gateway (either engine) reaches one subgraph: in this process, or over HTTP at `url`. */
export function subgraphDataSource(schemas: SubgraphSchemas, name: SubgraphName, url: string | undefined): GraphQLDataSource {
  if (!url) return new LocalSubgraph(schemas[name]);
  return new SubgraphOverHttp({
    url,
    willSendRequest({ request, context }) {
      const forwarded: Record<string, string | undefined> = context.forwardedHeaders ?? {};
      for (const [header, value] of Object.entries(forwarded)) {
        if (value) request.http?.headers.set(header, value);
      }
    },
  });
}

/**
 * A subgraph whose database is unreachable answers HTTP 503 SERVICE_UNAVAILABLE: the gateway
 * passes it on as such (status, Retry-After, code) instead of a generic "503: Service Unavailable".
 */
class SubgraphOverHttp extends RemoteGraphQLDataSource<RemoteGatewayContext> {
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: { errors?: { extensions?: { code?: unknown } }[] } } | undefined)?.body;
    if (response.status === 503 && body?.errors?.some((inner) => inner.extensions?.code === 'SERVICE_UNAVAILABLE')) return serviceUnavailable();
    return error;
  }
}
