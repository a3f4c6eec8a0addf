import type { Size } from './dataset.js';
import type { LoadResult } from './load.js';
import type { BenchReport, Measure } from './run.js';
import { SCENARIOS, type Target } from './scenarios.js';

const TARGET_NAMES: Record<Target | 'static', string> = {
  gateway: 'ours, through the gateway (Hive, the default)',
  apollo: 'ours, through @apollo/gateway (GATEWAY=apollo)',
  subgraph: 'ours, subgraph directly',
  postgraphile: 'PostGraphile V5',
  floor: 'floor: best SQL, pg + node:http',
  static: 'floor: static answer',
};

/** Above this, a change against the compared run is flagged (throughput down or p50 up). */
const REGRESSION = 0.1;

/** A figure, or – when absent (NaN, written as null in latest.json: a round with no answer). */
const known = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);
const fixed = (value: number | null | undefined, digits = 1) => (known(value) ? value.toFixed(digits) : '–');
const ratio = (a: number | null | undefined, b: number | null | undefined) => (known(a) && known(b) && a && b ? `${(a / b).toFixed(2)}×` : '–');

/** Throughput of a measure: requests per second, or sequences per second for a write sequence. */
const rate = (load: Pick<LoadResult, 'requestsPerSecond' | 'sequencesPerSecond'> | undefined) => load?.sequencesPerSecond ?? load?.requestsPerSecond;

/** "median (min–max)" over the measured rounds. */
function spread(load: LoadResult | undefined, pick: (round: LoadResult['rounds'][number]) => number | undefined, digits: number): string {
  if (!load) return '–';
  const median = pick(load);
  const values = (load.rounds ?? []).map(pick).filter(known);
  if (values.length < 2) return fixed(median, digits);
  return `${fixed(median, digits)} (${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)})`;
}

const sizeOf = (measure: { size?: Size }) => measure.size ?? 'big';
const titleOf = (key: string) => SCENARIOS.find((s) => s.key === key)?.title ?? key;
const find = (report: BenchReport, scenario: string, size: Size, target: Target) =>
  report.measures.find((m) => m.scenario === scenario && sizeOf(m) === size && m.target === target);

/** The markdown the bench prints and writes to bench/results/; with a previous report, its regressions. */
export function renderReport(report: BenchReport, previous?: { name: string; report: BenchReport }): string {
  const { options, dataset, environment } = report;
  const lines: string[] = [];
  lines.push(`# Orga SPE bench — ${new Date(report.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC${options.quick ? ' (quick mode)' : ''}`);
  lines.push('');
  lines.push(
    `Node ${environment.node}, PostgreSQL ${environment.postgres}, ${environment.cpus} cores shared by the load generator, the server and PostgreSQL. ` +
      `autocannon: ${options.connections} connections, per scenario and target one ${options.warmup} s warm-up then ${options.rounds ?? 1} measured round(s) of ${options.duration} s (median, and min–max over the rounds), each target in turn. ` +
      `Machine load average (1 min) at start and end: ${environment.loadAverage.map((value) => value.toFixed(1)).join(' → ')}${Math.max(...environment.loadAverage) > environment.cpus ? ' — other work was running: read ratios, not absolute figures' : ''}.`,
  );
  const small = dataset.sized?.small;
  lines.push(
    `Dataset: ${dataset.participations.toLocaleString('en')} participations, ${dataset.campaigns.toLocaleString('en')} campaigns, ${dataset.organizations.toLocaleString('en')} organisations; ` +
      `big campaign ${dataset.bigCampaign.participations.toLocaleString('en')} participations, big organisation ${dataset.bigOrganization.campaigns.toLocaleString('en')} campaigns` +
      (small ? `; small twins (${dataset.twinsFrom === 'manifest' ? 'the generator’s' : 'the closest found: no twins in the manifest'}): campaign ${small.campaign.participations.toLocaleString('en')} participations, organisation ${small.organization.campaigns} campaigns.` : '.'),
  );
  lines.push('');
  lines.push('| scenario | size | target | req/s | p50 ms | p95 ms | p99 ms | SQL/req | peak RSS MB | errors | note |');
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const measure of report.measures) {
    const load = measure.load;
    const title = measure.target === 'static' ? 'Static HTTP answer' : titleOf(measure.scenario);
    const throughput = load?.sequencesPerSecond !== undefined
      ? `${fixed(load.requestsPerSecond, 0)} (${spread(load, (round) => round.sequencesPerSecond, 1)} seq/s)`
      : spread(load, (round) => round.requestsPerSecond, 0);
    const sql = load?.sqlHeader !== undefined && Math.abs(load.sqlHeader - (measure.statementsPerRequest ?? 0)) > 0.05 ? `${fixed(measure.statementsPerRequest)} (header ${fixed(load.sqlHeader)})` : fixed(measure.statementsPerRequest);
    lines.push(
      `| ${title} | ${measure.target === 'static' ? '' : sizeOf(measure)} | ${TARGET_NAMES[measure.target]} | ${throughput} | ${spread(load, (round) => round.p50, 1)} | ${fixed(load?.p95)} | ${fixed(load?.p99)} | ${sql} | ${fixed(measure.peakRssMb, 0)} | ${load ? load.errors : '–'} | ${measure.note ?? ''} |`,
    );
  }
  lines.push('');
  lines.push('Latencies of the write sequence are of the whole sequence (3 requests); its req/s counts requests. SQL/req counts the statements every PostgreSQL client of the server process sent, over the requests it received.');
  lines.push('');
  lines.push('## Ratios (throughput: above 1 means the first serves more; p50: above 1 means the first is slower)');
  lines.push('');
  lines.push('| scenario | size | ours / PostGraphile req/s | ours / PostGraphile p50 | ours / floor req/s | ours / floor p50 | gateway / direct req/s | gateway / direct p50 | Hive / Apollo gateway req/s | Hive / Apollo gateway p50 |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const scenario of SCENARIOS) {
    for (const size of scenario.sizes) {
      // Ours / floor on both sizes; the other ratios on the big dataset (the twin runs on ours and the floor).
      const [gateway, subgraph, postgraphile, floor, apollo] = (['gateway', 'subgraph', 'postgraphile', 'floor', 'apollo'] as const).map((target) => find(report, scenario.key, size, target));
      lines.push(
        `| ${scenario.title} | ${size} | ${ratio(rate(gateway?.load), rate(postgraphile?.load))} | ${ratio(gateway?.load?.p50, postgraphile?.load?.p50)} | ${ratio(rate(gateway?.load), rate(floor?.load))} | ${ratio(gateway?.load?.p50, floor?.load?.p50)} | ${ratio(rate(gateway?.load), rate(subgraph?.load))} | ${ratio(gateway?.load?.p50, subgraph?.load?.p50)} | ${ratio(rate(gateway?.load), rate(apollo?.load))} | ${ratio(gateway?.load?.p50, apollo?.load?.p50)} |`,
      );
    }
  }
  lines.push('');
  lines.push('## Big / small twin (p50 latency; the cost should not grow with the campaign: target ≤ 1.5×)');
  lines.push('');
  lines.push('| scenario | ours (gateway): big / small p50 | ours p50 ms big / small | floor: big / small p50 | floor p50 ms big / small |');
  lines.push('| --- | ---: | --- | ---: | --- |');
  for (const scenario of SCENARIOS.filter((entry) => entry.sizes.includes('small'))) {
    const bigSmall = (target: Target) => ratio(find(report, scenario.key, 'big', target)?.load?.p50, find(report, scenario.key, 'small', target)?.load?.p50);
    const ms = (target: Target) => `${fixed(find(report, scenario.key, 'big', target)?.load?.p50)} / ${fixed(find(report, scenario.key, 'small', target)?.load?.p50)}`;
    lines.push(`| ${scenario.title} | ${bigSmall('gateway')} | ${ms('gateway')} | ${bigSmall('floor')} | ${ms('floor')} |`);
  }
  const feedFirst = (target: Target) => find(report, 'partner-feed', 'big', target)?.load?.p50;
  const feedLast = (target: Target) => find(report, 'partner-feed-last', 'big', target)?.load?.p50;
  if (feedFirst('gateway') !== undefined) {
    lines.push('');
    lines.push('## Partner feed: the last page against the first (p50 latency; the cost should not grow with the depth: target ≤ 1.5×)');
    lines.push('');
    lines.push('| target | last / first p50 | p50 ms last / first |');
    lines.push('| --- | ---: | --- |');
    for (const target of ['gateway', 'subgraph', 'postgraphile', 'floor'] as const) {
      if (feedFirst(target) === undefined) continue;
      lines.push(`| ${target} | ${ratio(feedLast(target), feedFirst(target))} | ${fixed(feedLast(target))} / ${fixed(feedFirst(target))} |`);
    }
  }
  if (report.exports.length) {
    lines.push('');
    lines.push('## CSV export (one download at a time, median of the measured rounds)');
    lines.push('');
    lines.push('| target | size | rows | MB | seconds | rows/s | time to first byte ms | peak RSS MB | RSS growth MB |');
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { target, size, result } of report.exports) {
      lines.push(
        result.error
          ? `| ${TARGET_NAMES[target]} | ${size ?? 'big'} | failed: ${result.error} | | | | | | |`
          : `| ${TARGET_NAMES[target]} | ${size ?? 'big'} | ${result.rows.toLocaleString('en')} | ${fixed(result.megabytes)} | ${fixed(result.seconds, 2)} | ${fixed(result.rowsPerSecond, 0)} | ${fixed(result.firstByteMs, 0)} | ${fixed(result.peakRssMb, 0)} | ${fixed(result.rssGrowthMb, 0)} |`,
      );
    }
    const exportOf = (target: 'gateway' | 'floor', size: Size) => report.exports.find((e) => e.target === target && (e.size ?? 'big') === size)?.result;
    const [ours, floor, oursSmall] = [exportOf('gateway', 'big'), exportOf('floor', 'big'), exportOf('gateway', 'small')];
    if (ours && floor) {
      lines.push(
        '',
        `Export ours / floor (big): ${ratio(ours.rowsPerSecond, floor.rowsPerSecond)} rows/s; ours, first byte big / small: ${ratio(ours.firstByteMs, oursSmall?.firstByteMs)}; ` +
          `our server's memory growth during the big export: ${fixed(ours.rssGrowthMb, 0)} MB. PostGraphile has no CSV export.`,
      );
    }
  }
  if (previous) lines.push('', ...regressions(report, previous));
  lines.push('');
  return lines.join('\n');
}

/** Every scenario, size and target measured in both runs whose throughput fell or p50 rose by more than 10 %. */
function regressions(report: BenchReport, previous: { name: string; report: BenchReport }): string[] {
  const lines = [`## Regressions against ${previous.name} (${new Date(previous.report.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC): throughput down or p50 up by more than ${REGRESSION * 100} %`, ''];
  const found: string[] = [];
  let compared = 0;
  for (const measure of report.measures) {
    const before = previous.report.measures.find((m: Measure) => m.scenario === measure.scenario && sizeOf(m) === sizeOf(measure) && m.target === measure.target);
    if (!measure.load || !before?.load) continue;
    compared += 1;
    const [now, then] = [rate(measure.load), rate(before.load)];
    const slower = known(now) && known(then) ? now < then * (1 - REGRESSION) : false;
    const later = known(measure.load.p50) && known(before.load.p50) ? measure.load.p50 > before.load.p50 * (1 + REGRESSION) : false;
    if (slower || later) {
      found.push(`| ${measure.target === 'static' ? 'Static HTTP answer' : titleOf(measure.scenario)} | ${measure.target === 'static' ? '' : sizeOf(measure)} | ${TARGET_NAMES[measure.target]} | ${fixed(then, 1)} → ${fixed(now, 1)}${slower ? ' ⚠' : ''} | ${fixed(before.load.p50)} → ${fixed(measure.load.p50)}${later ? ' ⚠' : ''} |`);
    }
  }
  for (const exported of report.exports) {
    const before = previous.report.exports.find((e) => e.target === exported.target && (e.size ?? 'big') === (exported.size ?? 'big'));
    if (!before || exported.result.error || before.result.error) continue;
    compared += 1;
    if (exported.result.rowsPerSecond < before.result.rowsPerSecond * (1 - REGRESSION)) {
      found.push(`| CSV export | ${exported.size ?? 'big'} | ${TARGET_NAMES[exported.target]} | ${fixed(before.result.rowsPerSecond, 0)} → ${fixed(exported.result.rowsPerSecond, 0)} rows/s ⚠ | |`);
    }
  }
  if (!found.length) return [...lines, `None over ${compared} comparable measures.`];
  return [...lines, '| scenario | size | target | req/s (seq/s) before → now | p50 ms before → now |', '| --- | --- | --- | ---: | ---: |', ...found, '', `${found.length} of ${compared} comparable measures regressed.`];
}
