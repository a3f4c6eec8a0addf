import 'reflect-metadata';
import { loadConfig } from './shared/config.js';
import { createLogger } from './shared/logger.js';
import { startServer } from './server.js';
import { leaveSignalsToCaller } from './shared/database/embedded-postgres.js';

/**
 * `npm start`: one process with embedded PostgreSQL (unless DATABASE_URL), migrations, the three
 * subgraphs behind the gateway, and the built console, on http://localhost:4000.
 */
const started = Date.now();
const config = loadConfig();
const logger = createLogger(config.logLevel);

// The demo lives in the seeds workspace (which depends on this one); it is loaded only here.
const seeds = config.seedDemo && !config.subgraphUrls ? await import('@orga-spe/seeds') : undefined;

let demoPresent = false;
const running = await startServer(config, logger, {
  beforeListen: async (orm) => {
    if (!seeds) return;
    // The ADMIN_EMAIL super admin, bootstrapped just before, does not make the database "not empty".
    const outcome = await seeds.seedDemoIfEmpty(orm, { bootstrapAdminEmail: config.bootstrapAdmin?.email });
    demoPresent = outcome.demoPresent;
    if (outcome.seeded) logger.info('demo data loaded into the empty database');
    if (outcome.skippedForData) {
      logger.info('the database holds other data: demo not loaded (`npm run seed:demo -w @orga-spe/seeds -- --force` adds it; SEED_DEMO=false silences this)');
    }
  },
}).catch((error: unknown) => {
  logger.fatal({ err: error }, 'Orga SPE could not start');
  process.exit(1);
});

logger.info({ url: running.url, startupMs: Date.now() - started, mode: mode() }, 'Orga SPE is ready');
// The demo credentials are printed only where the demo lives, never over real data.
if (seeds && demoPresent && !config.subgraph) process.stdout.write(seeds.demoBanner(running.url, await seeds.readDemoFacts(running.orm!)));

let stopping = false;
leaveSignalsToCaller();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  });
}

function mode(): string {
  if (config.subgraph) return `subgraph ${config.subgraph}`;
  const engine = config.gateway === 'hive' ? 'Hive Gateway' : '@apollo/gateway';
  if (config.subgraphUrls) return `gateway (${engine}) over HTTP`;
  return `gateway (${engine}) with in-process subgraphs`;
}
