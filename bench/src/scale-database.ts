import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@orga-spe/api';
import pg from 'pg';
import type { ManifestHint } from './dataset.js';

/**
 * The scale database: DATABASE_URL when given, otherwise the embedded PostgreSQL the scale
 * generator filled (its data folder and port, as in seeds/src/scale/README.md), with its manifest.
 */
export async function scaleDatabase(): Promise<{ url: string; manifest?: ManifestHint; stop(): Promise<void> }> {
  const dataDir = process.env.DATA_DIR ?? '/tmp/scale-data';
  const manifestFile = process.env.SCALE_MANIFEST ?? join(dataDir, 'scale-manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestHint) : undefined;
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, manifest, stop: async () => {} };
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) {
    throw new Error(`no scale database: set DATABASE_URL, or generate one (DATA_DIR=${dataDir} npm run seed:scale -- …), or run with --quick`);
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54400);
  // Whoever generated it may have left it running: then use it and leave it as it was.
  const running = `postgres://postgres:postgres@127.0.0.1:${port}/orga_spe`;
  if (await answers(running)) return { url: running, manifest, stop: async () => {} };
  const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port, database: 'orga_spe' });
  return { url: postgres.url, manifest, stop: postgres.stop };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
