import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../src/run.js';
import { SCENARIOS, TARGETS_OF_SIZE } from '../src/scenarios.js';

const BENCH_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A smoke check of `npm run bench -- --quick`, run as the real command with tiny durations: every
 * row is there and our GraphQL answers carry no error. No timing is asserted: the machine is shared.
 */
describe('npm run bench -- --quick', () => {
  const out = mkdtempSync(join(tmpdir(), 'orga-spe-bench-test-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints a row for every scenario and target, and our GraphQL scenarios answer without errors', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', '--quick', '--connections', '2', '--warmup', '0', '--duration', '0.2', '--rounds', '1', '--write-accounts', '300', '--out', out],
      { cwd: BENCH_ROOT, env: { ...process.env, TSX_TSCONFIG_PATH: join(BENCH_ROOT, '../api/tsconfig.json') }, encoding: 'utf8', timeout: 400_000 },
    );
    expect(run.status, run.stderr.slice(-4000)).toBe(0);

    const report = JSON.parse(readFileSync(join(out, 'latest-quick.json'), 'utf8')) as BenchReport;
    const markdown = readFileSync(join(out, 'latest-quick.md'), 'utf8');
    expect(run.stdout).toContain(markdown.trim().split('\n')[0]);
    for (const scenario of SCENARIOS) {
      for (const size of scenario.sizes) {
        for (const target of TARGETS_OF_SIZE[size]) {
          const measure = report.measures.find((m) => m.scenario === scenario.key && m.size === size && m.target === target);
          expect(measure, `${scenario.key} (${size}) on ${target}`).toBeDefined();
          expect(markdown).toContain(`| ${scenario.title} | ${size} |`);
          // Ours, and the floor (the best SQL for the same answer), answer without errors.
          if (target !== 'postgraphile' && measure!.load) {
            expect(measure!.probeError, `${scenario.key} (${size}) on ${target}`).toBeUndefined();
            expect(measure!.load.errors, `${scenario.key} (${size}) on ${target}: ${measure!.load.firstError}`).toBe(0);
          }
        }
      }
    }
    expect(report.measures.some((m) => m.target === 'static')).toBe(true);
    expect(markdown).toContain('## Big / small twin');
    expect(report.exports.map((e) => [e.target, e.size, e.result.error])).toEqual([['gateway', 'big', undefined], ['floor', 'big', undefined], ['gateway', 'small', undefined], ['floor', 'small', undefined]]);
    // The same rows from ours and the floor, on both campaigns.
    expect(report.exports[0]!.result.rows).toBeGreaterThan(0);
    expect(report.exports[1]!.result.rows).toBe(report.exports[0]!.result.rows);
    expect(report.exports[3]!.result.rows).toBe(report.exports[2]!.result.rows);
  });
});
