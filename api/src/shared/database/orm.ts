import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqlWithoutValues, type Logger } from '../logger.js';
import { countQuery } from './query-counter.js';
import { BoundParametersPostgreSqlDriver } from './bound-parameters-connection.js';
import { migrationsList } from '../../../migrations/index.js';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

export type Orm = MikroORM;

export interface OrmOptions {
  clientUrl: string;
  entities: NonNullable<Options['entities']>;
  logger?: Logger;
  poolMax?: number;
  /** How long a statement waits for a connection (or its creation) before failing: SERVICE_UNAVAILABLE in seconds, not a hang. */
  acquireTimeoutMs?: number;
}

/** The one MikroORM configuration, reused by the server, the CLI, the seeders and the tests. */
export function ormConfig({ clientUrl, entities, logger, poolMax = 10, acquireTimeoutMs = 5_000 }: OrmOptions): Options {
  return {
    // Values travel as bound parameters (`$1`), not inlined in the SQL text: see the driver.
    driver: BoundParametersPostgreSqlDriver,
    // knex would otherwise write the values back into the message of a failed statement.
    driverOptions: { compileSqlOnError: false },
    clientUrl,
    entities,
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    // We always run TypeScript sources (tsx), so migrations are .ts files.
    preferTs: true,
    forceUtcTimezone: true,
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: acquireTimeoutMs, createTimeoutMillis: acquireTimeoutMs },
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    // Every statement goes through the logger so that a request can count its SQL (no N+1 tests).
    debug: ['query'],
    logger: (message) => {
      countQuery();
      // Only at trace level: the regular expressions of sqlWithoutValues on every statement cost.
      if (logger?.isLevelEnabled('trace')) logger.trace({ sql: sqlWithoutValues(message) }, 'sql');
    },
    colors: false,
  };
}

export async function initORM(options: OrmOptions): Promise<Orm> {
  const orm = await MikroORM.init(ormConfig(options));
  sendKnexMessagesTo(orm, options.logger);
  return orm;
}

/**
 * knex writes its own warnings ("Connection Error: …" when the server drops an idle connection,
 * which knex handles by discarding it) with console.log; they belong in the JSON log.
 */
function sendKnexMessagesTo(orm: Orm, logger: Logger | undefined): void {
  const client = orm.em.getConnection().getKnex().client as { logger: unknown };
  const line = (level: 'debug' | 'warn' | 'error') => (message: unknown) => logger?.[level]({ knex: typeof message === 'string' ? sqlWithoutValues(message).slice(0, 300) : 'message' }, 'knex');
  client.logger = { debug: line('debug'), warn: line('warn'), error: line('error'), deprecate: (method: string, alternative: string) => logger?.warn({ knex: `${method} is deprecated, use ${alternative}` }, 'knex') };
}

export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name);
}
