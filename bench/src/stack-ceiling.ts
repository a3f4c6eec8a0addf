/**
 * `npm run bench:ceiling`: how many requests per second each HTTP/GraphQL stack can answer on this
 * machine for a trivial query with no database at all — the ceiling under any of our reads,
 * whatever their SQL. Each server runs alone in its child process (child/ceiling.ts,
 * NODE_ENV=production); the load generator runs here.
 *
 *   npm run bench:ceiling -w @orga-spe/bench -- [--seconds 5] [--rounds 3] [--connections 10] [--warmup 3] [--out DIR]
 *                                                  [--floors bench/results/latest.json]   the main run whose floors bound ours
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureRequest, type HttpCall, type LoadResult } from './load.js';
import { forkServer, type BenchServer } from './servers.js';
import type { CeilingTarget } from './child/ceiling.js';
import type { BenchReport } from './run.js';

const BENCH_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    out: { type: 'string' },
    floors: { type: 'string' },
  },
});
const options = { duration: Number(values.seconds), rounds: Number(values.rounds), connections: Number(values.connections), warmup: Number(values.warmup) };

const TARGETS: { key: CeilingTarget; name: string }[] = [
  { key: 'static', name: 'node:http, static JSON (reads the body, fixed bytes)' },
  { key: 'graphql-js', name: 'graphql-js `execute` over node:http (parse + validate cached per text)' },
  { key: 'yoga', name: 'graphql-yoga 5 over node:http' },
  { key: 'apollo', name: 'Apollo Server 5 + Express 5 (express.json, graphql-armor, the app’s database-free plugins)' },
  { key: 'apollo-gateway', name: 'the same + @apollo/gateway, in-process subgraph by its LocalGraphQLDataSource' },
  { key: 'apollo-gateway-cached', name: 'the same + @apollo/gateway, in-process subgraph by our LocalSubgraph (the app’s)' },
];
const CALL: HttpCall = {
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query: 'query($c: String!) { hello(code: $c) { id name welcome } }', variables: { c: 'ABC' } }),
};
const EXPECTED = { data: { hello: { id: 'ABC', name: 'Campaign ABC', welcome: 'Welcome to ABC' } } };

const log = (line: string) => process.stderr.write(`[ceiling] ${line}\n`);
const startedAt = new Date();
const loadAverage = [loadavg()[0]!];

// All servers first, then round after round through every target: a neighbour's burst on this
// shared machine then lands on each target's rounds alike instead of on one target.
const servers = new Map<CeilingTarget, BenchServer>();
const results = new Map<CeilingTarget, LoadResult>();
try {
  for (const { key } of TARGETS) {
    const server = await forkServer('src/child/ceiling.ts', key, { NODE_ENV: 'production', CEILING_TARGET: key });
    servers.set(key, server);
    // Every target must give the very same answer, or it is not the same work.
    const answer = await fetch(`${server.url}${CALL.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: CALL.body });
    const text = await answer.text();
    if (answer.status !== 200 || JSON.stringify(JSON.parse(text)) !== JSON.stringify(EXPECTED)) throw new Error(`${key} answered ${answer.status} ${text.slice(0, 300)}`);
  }
  for (const { key } of TARGETS) {
    log(`${key}: warm-up ${options.warmup} s`);
    await measureRequest(servers.get(key)!.url, CALL, { ...options, warmup: 0, duration: options.warmup });
  }
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const { key } of TARGETS) {
      const result = await measureRequest(servers.get(key)!.url, CALL, { ...options, warmup: 0, rounds: 1 });
      log(`${key}: round ${round}, ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, ${result.errors} errors`);
      results.set(key, merge(results.get(key), result));
    }
  }
} finally {
  await Promise.all([...servers.values()].map((server) => server.stop()));
}
loadAverage.push(loadavg()[0]!);

/** Rounds measured apart, gathered into one result: medians over the rounds, errors summed. */
function merge(before: LoadResult | undefined, round: LoadResult): LoadResult {
  const rounds = [...(before?.rounds ?? []), ...round.rounds];
  const median = (pick: (figures: LoadResult['rounds'][number]) => number) => rounds.map(pick).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
  return {
    ...round,
    rounds,
    requests: (before?.requests ?? 0) + round.requests,
    requestsPerSecond: median((r) => r.requestsPerSecond),
    p50: median((r) => r.p50),
    p95: median((r) => r.p95),
    p99: median((r) => r.p99),
    errors: (before?.errors ?? 0) + round.errors,
    firstError: before?.firstError ?? round.firstError,
  };
}

const rps = (key: CeilingTarget) => results.get(key)!.requestsPerSecond;
const int = (value: number) => Math.round(value).toLocaleString('en');
const x = (value: number) => `${value.toFixed(2)}×`;

// The bound: on a CPU-bound machine per-request costs add. A request of ours costs at least the
// floor's (its SQL, PostgreSQL, HTTP, the load generator) plus what the stack costs over a static
// answer, so ours / floor ≤ 1 / (1 + floor × (1/stack − 1/static)).
const LIGHT = [['join', '`campaignToJoin`'], ['me', '`me`'], ['collective', 'collective results'], ['bands', 'result bands']] as const;
const latest = readLatest();
const floors = LIGHT.flatMap(([scenario, title]) => {
  const of = (target: string) => latest?.measures.find((m) => m.scenario === scenario && (m.size ?? 'big') === 'big' && m.target === target)?.load?.requestsPerSecond;
  const floor = of('floor');
  return floor ? [{ title, floor, ours: of('gateway') }] : [];
});
const bound = (floor: number, key: CeilingTarget) => 1 / (1 + floor * (1 / rps(key) - 1 / rps('static')));
/** At ours = 0.5× floor, the time a request (1 / req/s) left for all of ours beyond the floor's work and the stack's. */
const leftMs = (floor: number, key: CeilingTarget) => 1000 * (1 / floor - (1 / rps(key) - 1 / rps('static')));
const range = (values: number[]) => `${x(Math.min(...values))}–${x(Math.max(...values))}`;

const lines: string[] = [];
lines.push(`# HTTP/GraphQL stack ceiling — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
lines.push(
  `**What this says.** With no database at all, Apollo Server 5 + Express 5 answers ${int(rps('apollo'))} req/s here, ${x(rps('apollo') / rps('graphql-js'))} graphql-js alone over node:http (${int(rps('graphql-js'))}) and ${x(rps('apollo') / rps('static'))} a static answer; through @apollo/gateway, ${int(rps('apollo-gateway-cached'))} with our in-process subgraph.`,
  floors.length
    ? `The light reads' floors (SQL + node:http, ${int(Math.min(...floors.map((f) => f.floor)))}–${int(Math.max(...floors.map((f) => f.floor)))} req/s) are of that order: that stack alone, before any work of ours, caps ours at ${range(floors.map((f) => bound(f.floor, 'apollo')))} the floor (${range(floors.map((f) => bound(f.floor, 'apollo-gateway-cached')))} through the gateway), so "ours ≥ 0.5× floor" there ${Math.max(...floors.map((f) => bound(f.floor, 'apollo-gateway-cached'))) < 0.5 ? 'cannot be met on this stack, whatever the SQL' : `is decided by the stack, not the SQL: it leaves ${Math.min(...floors.map((f) => leftMs(f.floor, 'apollo-gateway-cached'))).toFixed(2)} to ${Math.max(...floors.map((f) => leftMs(f.floor, 'apollo-gateway-cached'))).toFixed(2)} ms a request for everything else of ours (below)`}.`
    : 'No results/latest.json to read the light reads\' floors from: run `npm run bench` first for the bound.',
  '',
);
lines.push(
  `Node ${process.version}, ${cpus().length} cores shared by the load generator (autocannon, in the parent) and the server (its own process, NODE_ENV=production, 127.0.0.1). ` +
    `${options.connections} connections; per target one ${options.warmup} s warm-up, then ${options.rounds} measured rounds of ${options.duration} s, the rounds taken in turn across the targets (median, and min–max). ` +
    // At the start the average is others' work; at the end it also counts this run's two busy
    // processes (the generator and the server), so only what exceeds them is others'.
    `Load average (1 min) at start and end: ${loadAverage.map((value) => value.toFixed(2)).join(' → ')}${loadAverage[0]! > cpus().length / 2 || loadAverage[1]! > 3 ? ' — other work was running: read the ratios rather than the absolute figures' : ''}.`,
);
lines.push(`Operation: \`${JSON.parse(CALL.body!).query}\` with \`{ "c": "ABC" }\`, POST JSON at /graphql; every target gives the same answer (checked before the load).`, '');
lines.push('| target | req/s (min–max) | p50 ms | p99 ms | × static | × graphql-js | errors |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { key, name } of TARGETS) {
  const result = results.get(key)!;
  const all = result.rounds.map((round) => round.requestsPerSecond);
  lines.push(
    `| ${name} | ${int(result.requestsPerSecond)} (${int(Math.min(...all))}–${int(Math.max(...all))}) | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ${x(result.requestsPerSecond / rps('static'))} | ${x(result.requestsPerSecond / rps('graphql-js'))} | ${result.errors} |`,
  );
}

if (floors.length) {
  lines.push('', `## Best ours / floor the stack allows on the light reads (floors of the main run of ${new Date(latest!.startedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC)`, '');
  const latestStatic = latest!.measures.find((m) => m.target === 'static')?.load?.requestsPerSecond;
  lines.push(
    'If per-request costs add (a CPU-bound machine), ours / floor ≤ 1 / (1 + floor req/s × (1 / stack req/s − 1 / static req/s)), before any resolver, authentication, ORM or logging of ours. ' +
      // The floors come from another run: the bound holds only if the machine gave both runs alike.
      `The two runs are comparable only if the machine gave them alike: static answer ${int(rps('static'))} req/s here, ${latestStatic ? int(latestStatic) : '–'} in that run.`,
    '',
  );
  lines.push('| scenario | floor req/s | ours in that run (/ floor) | bound: Apollo + Express | bound: + @apollo/gateway (our LocalSubgraph) | ms a request left for the rest of ours at 0.5× (1 / req/s) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { title, floor, ours } of floors) {
    lines.push(`| ${title} | ${int(floor)} | ${ours ? `${int(ours)} (${x(ours / floor)})` : '–'} | ${x(bound(floor, 'apollo'))} | ${x(bound(floor, 'apollo-gateway-cached'))} | ${leftMs(floor, 'apollo-gateway-cached').toFixed(2)} |`);
  }
}
lines.push('');

const markdown = lines.join('\n');
process.stdout.write(`${markdown}\n`);
const out = values.out ?? join(BENCH_ROOT, 'results');
mkdirSync(out, { recursive: true });
const file = join(out, `stack-ceiling-${startedAt.toISOString().slice(0, 16).replace(/:/g, '-')}.md`);
writeFileSync(file, markdown);
log(`written to ${file}`);

function readLatest(): BenchReport | undefined {
  // npm runs this in bench/: a relative path is read from where the command was typed (INIT_CWD).
  const path = values.floors ? resolve(process.env.INIT_CWD ?? process.cwd(), values.floors) : join(BENCH_ROOT, 'results/latest.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenchReport;
  } catch {
    return undefined;
  }
}
