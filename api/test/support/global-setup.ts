import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startEmbeddedPostgres } from '../../src/shared/database/embedded-postgres.js';
import './provided-context.js';


/**
 * One real PostgreSQL for the whole run: the embedded one in a throw-away folder, or the server
 * named by TEST_DATABASE_URL. Each test file then works in a database of its own.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresAdminUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  // Under /tmp (world-traversable) because PostgreSQL runs as the `postgres` user when we are root.
  const dataDir = mkdtempSync(join(tmpdir(), 'orga-spe-test-pg-'));
  chmodSync(dataDir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data'), port: await freePort(), database: 'postgres' });
  project.provide('postgresAdminUrl', postgres.url);
  return async () => {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

