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
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderReport } from './report.js';
import { runBench, type BenchReport } from './run.js';
import { scaleDatabase } from './scale-database.js';

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
// npm runs this in bench/: a relative path is read from where the command was typed (INIT_CWD).
const previous = values.compare ? { name: values.compare, report: JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), values.compare), 'utf8')) as BenchReport } : undefined;

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
