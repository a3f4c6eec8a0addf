import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entities, freePort, initORM, migrate, startEmbeddedPostgres } from '@orga-spe/api';
import { generateScaleDataset } from '@orga-spe/seeds';
import type { ManifestHint } from './dataset.js';

/** Quick mode's dataset: small, so that generation and the whole run fit in two minutes. */
export const QUICK_DATASET = {
  organizations: 5,
  campaigns: 60,
  participations: 6_000,
  seed: 42,
  bigCampaignParticipations: 3_000,
  bigOrganizationCampaigns: 40,
  freshParticipants: 10,
} as const;

export interface QuickDatabase {
  url: string;
  manifest: ManifestHint;
  stop(): Promise<void>;
}

/**
 * A throw-away embedded PostgreSQL in a temp folder (reachable by the `postgres` user, see
 * STACK.md), migrated and filled by the seeds' scale generator with small numbers.
 */
export async function startQuickDatabase(log: (line: string) => void): Promise<QuickDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'orga-spe-bench-'));
  chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), database: 'orga_spe_bench' });
  const stop = async () => {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const orm = await initORM({ clientUrl: postgres.url, entities });
    try {
      await migrate(orm);
      const started = Date.now();
      const manifest = await generateScaleDataset(orm, QUICK_DATASET);
      log(`quick dataset generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return { url: postgres.url, manifest, stop };
    } finally {
      await orm.close(true);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}

