import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Express, type Request } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { pinoHttp } from 'pino-http';
import { SUBGRAPH_NAMES, type Config, type SubgraphName } from './shared/config.js';
import { httpLogSerializers, type Logger } from './shared/logger.js';
import { pendingMigrations, type Orm } from './shared/database/orm.js';
import { currentQueryCount, runCountingQueries } from './shared/database/query-counter.js';
import { DATABASE_RETRY_AFTER_SECONDS } from './shared/database/database-unavailable.js';
import { buildFederatedSubgraph } from './shared/graphql/build-subgraph.js';
import { subgraphDefinitions } from './subgraphs.js';
import { createGateway, type RemoteGatewayContext } from './gateway/gateway.js';
import { createHiveGateway } from './gateway/hive-gateway.js';
import type { SubgraphSchemas } from './gateway/supergraph.js';
import { buildContext, createServices, type Services } from './context.js';
import { idempotencyPlugin } from './shared/idempotency/idempotency.plugin.js';
import { campaignResultsExportRoute, RESULTS_EXPORT_PATH } from './campaigns/application/export.route.js';
import { partnerCostPlugin, partnerTokenRoute, TOKEN_PATH } from './partners/api/index.js';
import { formatGraphQLError, operationResolutionPlugin } from './shared/graphql/transport.js';
import { securityHeaders } from './shared/http/security-headers.js';
import { serveConsoleAssets } from './shared/http/console-assets.js';
import { transportErrorHandler } from './shared/http/transport-errors.js';
import { ERROR_RULES } from './error-codes.js';

export interface App {
  express: Express;
  services: Services | undefined;
  stop(): Promise<void>;
}

export async function buildSubgraphSchemas(logger: Logger): Promise<SubgraphSchemas> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => [name, await buildFederatedSubgraph(subgraphDefinitions[name], logger)] as const),
  );
  return Object.fromEntries(entries) as SubgraphSchemas;
}

/**
 * One HTTP application, three shapes chosen by configuration:
 * - default: gateway + the three subgraphs in-process (one database session per request);
 * - `SUBGRAPH=<name>`: that subgraph alone (a federation service behind a remote gateway);
 * - `SUBGRAPH_URLS=...`: a gateway alone, reaching the subgraphs over HTTP (no database).
 */
export async function createApp(config: Config, logger: Logger, orm: Orm | undefined): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback');
  app.use(securityHeaders({ production: config.env === 'production', graphqlLandingPage: config.graphqlIntrospection }));
  app.use(pinoHttp({ logger, serializers: httpLogSerializers, autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' } }));

  const services = orm ? createServices(config, orm, logger) : undefined;

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (!orm) return void res.json({ status: 'ready', database: 'not used by this process' });
    try {
      // A probe answers fast: a database that does not answer within READINESS_TIMEOUT_MS is down.
      const pending = await withinReadinessTimeout(async () => {
        await orm.em.getConnection().execute('select 1');
        return pendingMigrations(orm);
      });
      if (pending.length) return void res.status(503).json({ status: 'migrations pending', pending });
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS)).json({ status: 'database unreachable', retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    }
  });

  const server = await createApolloServer(config, logger);
  // Keyed mutations commit with their stored answer (refused with no database: remote gateway).
  server.addPlugin(idempotencyPlugin({ ttlHours: config.idempotencyKeyTtlHours, logger, errorRules: ERROR_RULES }));
  await server.start();
  const contextFor = async ({ req }: { req: Request }) => {
    const info = { ip: req.ip ?? 'unknown', userAgent: req.get('user-agent') };
    if (!services) {
      const context: RemoteGatewayContext = {
        forwardedHeaders: { authorization: req.get('authorization'), 'x-forwarded-for': info.ip, 'user-agent': info.userAgent },
      };
      return context;
    }
    return buildContext(services, req.headers, info);
  };
  app.use(
    '/graphql',
    (_req, _res, next) => runCountingQueries(next),
    express.json({ limit: '1mb' }),
    // Another content type leaves no body: Apollo then answers 400 BAD_REQUEST instead of a 500.
    (req, _res, next) => {
      if (!('body' in req)) Object.assign(req, { body: undefined });
      next();
    },
    expressMiddleware(server as ApolloServer<BaseContext>, { context: contextFor as never }),
  );

  app.post(TOKEN_PATH, express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }), partnerTokenRoute(orm && (() => orm.em.fork()), services, logger));
  app.get(RESULTS_EXPORT_PATH, campaignResultsExportRoute(services && ((headers, info) => buildContext(services, headers, info)), logger, ERROR_RULES));
  app.use(['/graphql', '/exports', TOKEN_PATH], transportErrorHandler(logger, ERROR_RULES));
  serveConsole(app, config, logger);

  return {
    express: app,
    services,
    stop: async () => {
      await server.stop();
      await services?.streamingReads.close();
    },
  };
}

async function createApolloServer(config: Config, logger: Logger): Promise<ApolloServer> {
  const armor = new ApolloArmor({
    // Suggestions are stripped in formatGraphQLError (armor's mask misses enum values).
    blockFieldSuggestion: { enabled: false },
    // Counted by graphql's own parser (parseOptions below): an excess is a 400 syntax error there,
    // where armor's parser threw from a plugin hook and turned every syntax error into a 500.
    maxTokens: { enabled: false },
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20000 },
    // Every alias counts, `__typename` included (armor allows that one by default).
    maxAliases: { n: 15, allowList: [] },
  });
  const protection = armor.protect();
  const common = {
    ...protection,
    plugins: [
      ...protection.plugins,
      operationResolutionPlugin(),
      // Partner clients' cost, charged once per operation by the in-process gateway (a subgraph
      // process would charge each fetch of a remote gateway; a remote gateway has no database).
      ...(config.subgraph ? [] : [partnerCostPlugin()]),
      ...(config.sqlStatementsHeader ? [sqlCountPlugin()] : []),
      ...(config.graphqlIntrospection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      // No answer carries a cache hint (they are per person): Apollo's default cache-control
      // plugin would only hook every field's resolution to compute none.
      ApolloServerPluginCacheControlDisabled(),
    ],
    parseOptions: { maxTokens: 1000 },
    // Nothing uses automatic persisted queries; off, a request naming one is a 400.
    persistedQueries: false as const,
    includeStacktraceInErrorResponses: config.stackTraces,
    formatError: formatGraphQLError({ hideSuggestions: !config.graphqlIntrospection }),
    introspection: config.graphqlIntrospection,
    logger,
  };
  if (config.subgraph) {
    const schemas = await buildSubgraphSchemas(logger);
    // Apollo adds its inline-trace plugin to a subgraph's server, and any field hook makes Apollo
    // wrap every field's resolver. Nothing reads federated traces (no GraphOS): off.
    return new ApolloServer({ ...common, plugins: [...common.plugins, ApolloServerPluginInlineTraceDisabled()], schema: schemas[config.subgraph as SubgraphName] as GraphQLSchema });
  }
  const schemas = await buildSubgraphSchemas(logger);
  const gateway = config.gateway === 'hive' ? createHiveGateway(schemas, config.subgraphUrls) : createGateway(schemas, config.subgraphUrls);
  return new ApolloServer({ ...common, gateway });
}

/** Counts SQL statements per operation (`x-sql-statements` header) for tests and benchmarks; off in production unless SQL_STATEMENTS_HEADER=true. */
function sqlCountPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const count = currentQueryCount();
          if (count !== undefined) response.http.headers.set('x-sql-statements', String(count));
        },
      };
    },
  };
}

function serveConsole(app: Express, config: Config, logger: Logger): void {
  if (!existsSync(join(config.consoleDir, 'index.html'))) {
    logger.warn({ consoleDir: config.consoleDir }, 'console not built: run `npm run build -w @orga-spe/console`');
    return;
  }
  serveConsoleAssets(app, config.consoleDir);
}

const READINESS_TIMEOUT_MS = 2_000;

function withinReadinessTimeout<T>(probe: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the database within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
  });
  return Promise.race([probe(), timeout]).finally(() => clearTimeout(timer));
}
