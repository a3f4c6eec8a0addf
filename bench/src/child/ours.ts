import { createLogger, loadConfig, startServer } from '@orga-spe/api';

/**
 * Our server exactly as production runs it (NODE_ENV=production, its secrets, SUBGRAPH or not,
 * from the environment the bench gives), on a free port, without the console.
 */
export async function startOurs(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const config = loadConfig(process.env, { port: 0, databaseUrl, consoleDir: '/nonexistent', seedDemo: false });
  const running = await startServer(config, createLogger(config.logLevel));
  return { url: running.url.replace('localhost', '127.0.0.1'), close: running.close };
}
