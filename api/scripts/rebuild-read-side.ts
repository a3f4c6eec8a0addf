import 'reflect-metadata';
import { join } from 'node:path';
import { createLogger, entities, initORM, loadConfig, migrate, rebuildCampaignsReadSide, startEmbeddedPostgres } from '../src/index.js';

/**
 * `npm run read-side:rebuild -w @orga-spe/api`: recomputes what the campaigns context keeps for
 * reading (each current participation's copied name and result pointer, every campaign's counts,
 * per competence sums and people per mastery rate, each organisation's participants count) from
 * the participations, in one transaction: after data was written around the application (a
 * restore, a bulk import), or to check the kept figures (they must not change). Into DATABASE_URL
 * or the embedded PostgreSQL of `npm start` (stopped meanwhile).
 */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const postgres = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, database: 'orga_spe', logger });
const orm = await initORM({ clientUrl: config.databaseUrl ?? postgres!.url, entities, logger });
try {
  await migrate(orm);
  const started = Date.now();
  await rebuildCampaignsReadSide({ em: orm.em.fork() });
  logger.info({ durationMs: Date.now() - started }, 'campaigns read side rebuilt');
} finally {
  await orm.close(true);
  await postgres?.stop();
}
