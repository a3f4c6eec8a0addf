/**
 * `npm run bench`: our API side by side with PostGraphile V5 and the physical floor.
 *
 *   npm run bench                      the scale database: DATABASE_URL, or the embedded one the
 *                                      scale generator leaves in DATA_DIR (/tmp/scale-data) on
 *                                      EMBEDDED_POSTGRES_PORT (54400)
 *   npm run bench -- --quick           a small generated dataset in a throw-away PostgreSQL (~5 min)
 *   options: --connections 10 --warmup 3 --duration 5 --rounds 3 --export-rounds 3 --write-accounts N --out DIR
 *            --compare bench/results/latest.json   flags what regressed by more than 10 % against that run
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@orga-spe/api';
import pg from 'pg';
import type { ManifestHint } from './dataset.js';
import { renderReport } from './report.js';
import { runBench, type BenchReport } from './run.js';

const BENCH_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    compare: { type: 'string' },
    'export-rounds': { type: 'string' },
    'write-accounts': { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = values.quick!;
const number = (raw: string | undefined, fallback: number) => (raw === undefined ? fallback : Number(raw));
const connections = number(values.connections, 10);
// Per scenario and target: one warm-up, then `rounds` measured rounds of `duration` seconds.
const warmup = number(values.warmup, quick ? 0.3 : 3);
const duration = number(values.duration, quick ? 1 : 5);
const rounds = number(values.rounds, 3);
// Read before the run: the new latest.json may overwrite the file compared with.
const previous = values.compare ? { name: values.compare, report: JSON.parse(readFileSync(values.compare, 'utf8')) as BenchReport } : undefined;

const began = Date.now();
const log = (line: string) => process.stderr.write(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
const scale = quick ? undefined : await scaleDatabase();
try {
  const report = await runBench({
    quick,
    databaseUrl: scale?.url,
    manifest: scale?.manifest,
    connections,
    warmup,
    duration,
    rounds,
    exportRounds: number(values['export-rounds'], quick ? 1 : 3),
    // Enough fresh accounts for the write sequence at several hundred sequences per second.
    writeAccounts: number(values['write-accounts'], Math.ceil((warmup + duration * rounds) * 400)),
    log,
  });
  const markdown = renderReport(report, previous);
  process.stdout.write(`${markdown}\n`);
  const out = values.out ?? join(BENCH_ROOT, 'results');
  mkdirSync(out, { recursive: true });
  const name = `${report.startedAt.toISOString().slice(0, 16).replace(/:/g, '-')}${quick ? '-quick' : ''}.md`;
  writeFileSync(join(out, name), markdown);
  writeFileSync(join(out, quick ? 'latest-quick.md' : 'latest.md'), markdown);
  // The figures themselves, for the smoke test and for comparing runs.
  writeFileSync(join(out, quick ? 'latest-quick.json' : 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(`written to ${join(out, name)}`);
} finally {
  await scale?.stop();
}

/**
 * The scale database: DATABASE_URL when given, otherwise the embedded PostgreSQL the scale
 * generator filled (its data folder and port, as in seeds/src/scale/README.md), with its manifest.
 */
async function scaleDatabase(): Promise<{ url: string; manifest?: ManifestHint; stop(): Promise<void> }> {
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
