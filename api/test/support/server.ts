import { loadConfig, type Config } from '../../src/shared/config.js';
import { createLogger, type Logger } from '../../src/shared/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import type { Orm } from '../../src/shared/database/orm.js';
import { createTestDatabase } from './database.js';
import { GraphQLClient } from './graphql-client.js';

export const TEST_AUTH_SECRET = 'test-auth-secret-0123456789-abcdefghijklmnop';
export const TEST_ENGINE_SECRET = 'test-engine-secret-0123456789-abcdefghijklmn';

export interface TestServer extends RunningServer {
  orm: Orm;
  client(): GraphQLClient;
}

/** A real HTTP server on a free port, over its own fresh database. */
export async function startTestServer(
  overrides: Partial<Config> = {},
  options: { beforeListen?: (orm: Orm) => Promise<void>; logger?: Logger } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig(
    { NODE_ENV: 'test', AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET },
    { port: 0, databaseUrl: database.url, consoleDir: '/nonexistent', ...overrides },
  );
  const logger = options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const running = await startServer(config, logger, options);
  return {
    ...running,
    orm: running.orm!,
    client: () => new GraphQLClient(`${running.url}/graphql`),
    close: async () => {
      await running.close();
      await database.drop();
    },
  };
}
