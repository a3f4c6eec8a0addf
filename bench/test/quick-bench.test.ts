import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../src/run.js';
import { SCENARIOS, TARGETS } from '../src/scenarios.js';

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
      ['--import', 'tsx', 'src/main.ts', '--quick', '--connections', '2', '--warmup', '0.2', '--duration', '0.5', '--write-accounts', '300', '--out', out],
      { cwd: BENCH_ROOT, env: { ...process.env, TSX_TSCONFIG_PATH: join(BENCH_ROOT, '../api/tsconfig.json') }, encoding: 'utf8', timeout: 280_000 },
    );
    expect(run.status, run.stderr.slice(-4000)).toBe(0);

    const report = JSON.parse(readFileSync(join(out, 'latest-quick.json'), 'utf8')) as BenchReport;
    const markdown = readFileSync(join(out, 'latest-quick.md'), 'utf8');
    expect(run.stdout).toContain(markdown.trim().split('\n')[0]);
    for (const scenario of SCENARIOS) {
      for (const target of TARGETS) {
        const measure = report.measures.find((m) => m.scenario === scenario.key && m.target === target);
        expect(measure, `${scenario.key} on ${target}`).toBeDefined();
        expect(markdown).toContain(`| ${scenario.title} |`);
        if (target === 'gateway' || target === 'subgraph') {
          expect(measure!.probeError, `${scenario.key} on ${target}`).toBeUndefined();
          expect(measure!.load!.errors, `${scenario.key} on ${target}: ${measure!.load!.firstError}`).toBe(0);
        }
      }
    }
    expect(report.measures.some((m) => m.target === 'static')).toBe(true);
    expect(report.exports.map((e) => [e.target, e.result.error])).toEqual([['gateway', undefined], ['floor', undefined]]);
    expect(report.exports[0]!.result.rows).toBeGreaterThan(0);
  });
});
