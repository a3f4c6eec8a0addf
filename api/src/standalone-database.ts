import { join } from 'node:path';
import type { Config } from './shared/config.js';
import { loadConfig } from './shared/config.js';
import { entities } from './entities.js';
import { createLogger, type Logger } from './shared/logger.js';
import { startEmbeddedPostgres } from './shared/database/embedded-postgres.js';
import { initORM, migrate, type Orm } from './shared/database/orm.js';

/**
 * The database of a command run beside the app (`seed:demo`, `read-side:rebuild`): DATABASE_URL,
 * or the embedded PostgreSQL of `npm start` (which must be stopped: one process per data folder),
 * migrated; closed, and the embedded server stopped, whatever `work` does.
 */
export async function withStandaloneDatabase<T>(work: (orm: Orm, tools: { config: Config; logger: Logger }) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const postgres = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, database: 'orga_spe', logger });
  const orm = await initORM({ clientUrl: config.databaseUrl ?? postgres!.url, entities, logger });
  try {
    await migrate(orm);
    return await work(orm, { config, logger });
  } finally {
    await orm.close(true);
    await postgres?.stop();
  }
}
