/**
 * One server of `npm run bench:ceiling`, alone in its process: the same trivial GraphQL operation
 * answered by each HTTP/GraphQL stack, with no database, so that what is measured is the stack.
 *
 *   CEILING_TARGET=static|graphql-js|yoga|apollo|apollo-gateway|apollo-gateway-cached NODE_ENV=production node --import tsx src/child/ceiling.ts
 *
 * NODE_ENV=production must come from the environment: graphql-js reads it when it is loaded.
 */
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { composeServices } from '@apollo/composition';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { buildSchema, execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// The very data source our gateway is given for an in-process subgraph (nothing else of the api).
import { LocalSubgraph } from '../../../api/src/gateway/local-subgraph.js';
import type { FromChild } from './protocol.js';

export type CeilingTarget = 'static' | 'graphql-js' | 'yoga' | 'apollo' | 'apollo-gateway' | 'apollo-gateway-cached';

const TYPE_DEFS = 'type Query { hello(code: String!): Hello } type Hello { id: ID! name: String! welcome: String }';
const hello = (code: string) => ({ id: code, name: `Campaign ${code}`, welcome: `Welcome to ${code}` });
const resolvers = { Query: { hello: (_: unknown, { code }: { code: string }) => hello(code) } };
/** What every GraphQL target answers to the bench's operation (`c: "ABC"`); the parent checks they all do. */
const ANSWER = '{"data":{"hello":{"id":"ABC","name":"Campaign ABC","welcome":"Welcome to ABC"}}}';

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The machine's floor: the body is read (as every other target must), the answer is fixed bytes. */
const staticAnswer: RequestListener = (req, res) => {
  void body(req).then(() => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ANSWER) }).end(ANSWER);
  });
};

/** graphql-js alone: parse and validate once per query text (as Apollo and Yoga cache them), then execute. */
function graphqlJs(): RequestListener {
  const schema = buildSchema(TYPE_DEFS);
  // graphql-js's default resolver calls a root value's function with the field's arguments.
  const rootValue = { hello: ({ code }: { code: string }) => hello(code) };
  const prepared = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const prepare = (query: string) => {
    try {
      const document = parse(query);
      const errors = validate(schema, document);
      return errors.length ? errors : document;
    } catch (error) {
      return [error as GraphQLError];
    }
  };
  return (req, res) => {
    void body(req).then(async (text) => {
      const { query, variables, operationName } = JSON.parse(text) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      let document = prepared.get(query);
      if (!document) prepared.set(query, (document = prepare(query)));
      const result = Array.isArray(document) ? { errors: document } : await execute({ schema, document: document as DocumentNode, rootValue, variableValues: variables, operationName });
      const answer = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
    });
  };
}

function yoga(): RequestListener {
  // Yoga's defaults already cache parse and validate per query text; no GraphiQL, no landing page.
  return createYoga({ schema: createSchema({ typeDefs: TYPE_DEFS, resolvers }), graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });
}

/**
 * Apollo Server 5 behind Express 5 with what api/src/app.ts gives it that needs no database:
 * express.json, graphql-armor with the app's limits, graphql's token limit, cache-control and the
 * landing page off, no persisted queries, no introspection, and a plugin with the two hooks of
 * the app's operationResolutionPlugin (each hook Apollo awaits on every request is a cost).
 * Not mirrored: helmet's headers, pino-http, the SQL-count AsyncLocalStorage, the idempotency
 * plugin, the authentication in the context: each would only lower this ceiling.
 */
async function apollo(target: 'apollo' | 'apollo-gateway' | 'apollo-gateway-cached'): Promise<RequestListener> {
  const protection = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20000 },
    maxAliases: { n: 15, allowList: [] },
  }).protect();
  const operationResolution: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (!operation || operation.operation === 'subscription') throw new GraphQLError('unsupported operation', { extensions: { http: { status: 400 } } });
        },
        async willSendResponse() {},
      };
    },
  };
  const common = {
    ...protection,
    plugins: [...protection.plugins, operationResolution, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    parseOptions: { maxTokens: 1000 },
    persistedQueries: false as const,
    introspection: false,
  };
  const server = target === 'apollo' ? new ApolloServer({ ...common, typeDefs: TYPE_DEFS, resolvers }) : new ApolloServer({ ...common, gateway: localGateway(target === 'apollo-gateway-cached') });
  await server.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server));
  return app;
}

/**
 * @apollo/gateway over one in-process subgraph, the supergraph composed at start. Its own
 * LocalGraphQLDataSource calls graphql(), which parses and validates every fetch again; `cached`
 * gives it our LocalSubgraph instead (each fetch text parsed and validated once), as the app does.
 */
function localGateway(cached: boolean): ApolloGateway {
  // As api/src/gateway/gateway.ts: no probing of cloud metadata, no usage report.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const typeDefs = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"]) ${TYPE_DEFS}`);
  const subgraph: GraphQLSchema = buildSubgraphSchema({ typeDefs, resolvers });
  const composed = composeServices([{ name: 'hello', url: 'in-process://hello', typeDefs }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  return new ApolloGateway({ supergraphSdl: composed.supergraphSdl, buildService: () => (cached ? new LocalSubgraph(subgraph) : new LocalGraphQLDataSource(subgraph)) });
}

async function listen(handler: RequestListener): Promise<Server> {
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}

const send = (message: FromChild) => process.send?.(message);
try {
  const target = process.env.CEILING_TARGET as CeilingTarget;
  const handlers: Record<CeilingTarget, () => RequestListener | Promise<RequestListener>> = {
    static: () => staticAnswer,
    'graphql-js': graphqlJs,
    yoga,
    apollo: () => apollo('apollo'),
    'apollo-gateway': () => apollo('apollo-gateway'),
    'apollo-gateway-cached': () => apollo('apollo-gateway-cached'),
  };
  if (!handlers[target]) throw new Error(`unknown CEILING_TARGET ${target}`);
  const server = await listen(await handlers[target]());
  // The parent going away ends this server: no orphan keeps a port.
  process.on('disconnect', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
  send({ type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
