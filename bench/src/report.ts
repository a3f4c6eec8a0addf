import type { BenchReport, Measure } from './run.js';
import { SCENARIOS, type Target } from './scenarios.js';

const TARGET_NAMES: Record<Target | 'static', string> = {
  gateway: 'ours, through the gateway',
  hive: 'ours, Hive Gateway',
  subgraph: 'ours, subgraph directly',
  postgraphile: 'PostGraphile V5',
  floor: 'floor: pg + node:http',
  static: 'floor: static answer',
};

const fixed = (value: number | undefined, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

/** Throughput of a measure: requests per second, or sequences per second for a write sequence. */
const rate = (measure: Measure | undefined) => measure?.load?.sequencesPerSecond ?? measure?.load?.requestsPerSecond;

/** The markdown the bench prints and writes to bench/results/. */
export function renderReport(report: BenchReport): string {
  const { options, dataset, environment } = report;
  const lines: string[] = [];
  lines.push(`# Orga SPE bench — ${report.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${options.quick ? ' (quick mode)' : ''}`);
  lines.push('');
  lines.push(
    `Node ${environment.node}, PostgreSQL ${environment.postgres}, ${environment.cpus} cores shared by the load generator, the server and PostgreSQL. ` +
      `autocannon: ${options.connections} connections, ${options.warmup} s warm-up then ${options.duration} s measured, per scenario and target, each target in turn. ` +
      `Machine load average (1 min) at start and end: ${environment.loadAverage.map((value) => value.toFixed(1)).join(' → ')}${Math.max(...environment.loadAverage) > environment.cpus ? ' — other work was running: read ratios, not absolute figures' : ''}.`,
  );
  lines.push(
    `Dataset: ${dataset.participations.toLocaleString('en')} participations, ${dataset.campaigns.toLocaleString('en')} campaigns, ${dataset.organizations.toLocaleString('en')} organisations; ` +
      `big campaign ${dataset.bigCampaign.participations.toLocaleString('en')} participations, big organisation ${dataset.bigOrganization.campaigns.toLocaleString('en')} campaigns.`,
  );
  lines.push('');
  lines.push('| scenario | target | req/s | p50 ms | p95 ms | p99 ms | SQL/req | peak RSS MB | errors | note |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const measure of report.measures) {
    const load = measure.load;
    const title = measure.target === 'static' ? 'Static HTTP answer' : (SCENARIOS.find((s) => s.key === measure.scenario)?.title ?? measure.scenario);
    const throughput = load?.sequencesPerSecond !== undefined ? `${fixed(load.requestsPerSecond, 0)} (${fixed(load.sequencesPerSecond)} seq/s)` : fixed(load?.requestsPerSecond, 0);
    const sql = load?.sqlHeader !== undefined && Math.abs(load.sqlHeader - (measure.statementsPerRequest ?? 0)) > 0.05 ? `${fixed(measure.statementsPerRequest)} (header ${fixed(load.sqlHeader)})` : fixed(measure.statementsPerRequest);
    lines.push(
      `| ${title} | ${TARGET_NAMES[measure.target]} | ${throughput} | ${fixed(load?.p50)} | ${fixed(load?.p95)} | ${fixed(load?.p99)} | ${sql} | ${fixed(measure.peakRssMb, 0)} | ${load ? load.errors : '–'} | ${measure.note ?? ''} |`,
    );
  }
  lines.push('');
  lines.push('Latencies of the write sequence are of the whole sequence (3 requests); its req/s counts requests. SQL/req counts the statements every PostgreSQL client of the server process sent, over the requests it received.');
  lines.push('');
  lines.push('## Ratios (throughput: above 1 means the first serves more; p50: above 1 means the first is slower)');
  lines.push('');
  lines.push('| scenario | ours / PostGraphile req/s | ours / PostGraphile p50 | gateway / direct req/s | gateway / direct p50 | ours / floor req/s | ours / floor p50 |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const scenario of SCENARIOS) {
    const of = (target: Target) => report.measures.find((m) => m.scenario === scenario.key && m.target === target);
    const [gateway, subgraph, postgraphile, floor] = [of('gateway'), of('subgraph'), of('postgraphile'), of('floor')];
    lines.push(
      `| ${scenario.title} | ${ratio(rate(gateway), rate(postgraphile))} | ${ratio(gateway?.load?.p50, postgraphile?.load?.p50)} | ${ratio(rate(gateway), rate(subgraph))} | ${ratio(gateway?.load?.p50, subgraph?.load?.p50)} | ${ratio(rate(gateway), rate(floor))} | ${ratio(gateway?.load?.p50, floor?.load?.p50)} |`,
    );
  }
  if (report.exports.length) {
    lines.push('');
    lines.push('## CSV export of the big campaign (one download at a time, median of the measured rounds)');
    lines.push('');
    lines.push('| target | rows | MB | seconds | rows/s | time to first byte ms | peak RSS MB |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { target, result } of report.exports) {
      lines.push(
        result.error
          ? `| ${TARGET_NAMES[target]} | failed: ${result.error} | | | | | |`
          : `| ${TARGET_NAMES[target]} | ${result.rows.toLocaleString('en')} | ${fixed(result.megabytes)} | ${fixed(result.seconds, 2)} | ${fixed(result.rowsPerSecond, 0)} | ${fixed(result.firstByteMs, 0)} | ${fixed(result.peakRssMb, 0)} |`,
      );
    }
    const [ours, floor] = [report.exports.find((e) => e.target === 'gateway'), report.exports.find((e) => e.target === 'floor')];
    if (ours && floor) lines.push('', `Export ours / floor: ${ratio(ours.result.rowsPerSecond, floor.result.rowsPerSecond)} rows/s. PostGraphile has no CSV export.`);
  }
  lines.push('');
  return lines.join('\n');
}
