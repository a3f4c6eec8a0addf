/**
 * Where our server spends its CPU on one request kind: starts our server in this process on the
 * scale database, loads it with one query for a few seconds under the V8 CPU profiler, and prints
 * the functions with the most self time (by package) and writes the .cpuprofile for Chrome DevTools.
 *
 *   npm run bench:profile -w @orga-spe/bench -- participants [--gateway apollo|hive] [--subgraph campaigns] [--seconds 8]
 *
 * Kinds: participants (first page), collective, campaigns (the campaign list), me, join, writes (the
 * bench's start → engine report → share sequence, by fresh accounts).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { createLogger, loadConfig, startServer } from '@orga-spe/api';
import { findDataset } from './dataset.js';
import { Fixtures } from './fixtures.js';
import { measureSequence } from './load.js';
import { SCENARIOS, type ScenarioInputs } from './scenarios.js';
import { scaleDatabase } from './scale-database.js';

const PAGE = `totalCount pageInfo { endCursor hasNextPage }
  nodes { id status participantFirstName participantLastName participantExternalId startedAt sharedAt masteryRate validatedSkillsCount pixScore isCertifiable
    competenceResults { competenceId validatedSkillsCount totalSkillsCount masteryRate } }`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { gateway: { type: 'string' }, subgraph: { type: 'string' }, seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '10' }, out: { type: 'string', default: '/tmp/orga-spe.cpuprofile' } },
});
const kind = positionals[0] ?? 'participants';
const scale = await scaleDatabase();
const databaseUrl = scale.url;

const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
const authSecret = randomBytes(32).toString('base64url');
const fixtures = new Fixtures(pool, authSecret);
const dataset = await findDataset(pool, scale.manifest);
const token = await fixtures.tokenFor(dataset.adminUserId);
const campaignId = dataset.bigCampaign.id;
const queries: Record<string, { query: string; variables: Record<string, unknown> }> = {
  participants: { query: `query P($id: ID!) { campaign(id: $id) { id participations(first: 50, orderBy: NAME) { ${PAGE} } } }`, variables: { id: campaignId } },
  collective: { query: `query C($id: ID!) { campaign(id: $id) { id collectiveResults { competenceId competenceCode competenceName averageMasteryRate participantsCount } } }`, variables: { id: campaignId } },
  campaigns: {
    query: `query L($id: ID!) { organization(id: $id) { id name campaigns(first: 50) { totalCount nodes { id name code type createdAt isArchived participantsCount sharedParticipationsCount } } } }`,
    variables: { id: dataset.bigOrganization.id },
  },
  me: { query: `query Me { me { id email firstName lastName hasAcceptedTermsOfService memberships { id role createdAt organization { id name type } } } }`, variables: {} },
  join: { query: `query J($code: String!) { campaignToJoin(code: $code) { code type title welcomeTextHtml externalIdLabel organizationName isJoinable } }`, variables: { code: dataset.bigCampaign.code } },
};
const chosen = kind === 'writes' ? { query: '', variables: {} } : queries[kind];
if (!chosen) throw new Error(`unknown kind ${kind}: ${Object.keys(queries).join(', ')}, writes`);

const env = { ...process.env, NODE_ENV: 'production', AUTH_SECRET: authSecret, ENGINE_SECRET: authSecret, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', SEED_DEMO: 'false', ...(values.gateway ? { GATEWAY: values.gateway } : {}), ...(values.subgraph ? { SUBGRAPH: values.subgraph } : {}) };
const config = loadConfig(env, { port: 0, databaseUrl, consoleDir: '/nonexistent', seedDemo: false });
const running = await startServer(config, createLogger(config.logLevel));
const url = running.url.replace('localhost', '127.0.0.1');
const request = { method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(chosen) };

const connections = Number(values.connections);
const writes = kind === 'writes' ? await writeSequence() : undefined;
const load = async (duration: number): Promise<{ requestsPerSecond: number; p50: number; errors: number }> => {
  if (writes) {
    const result = await measureSequence(url, writes.begin, writes.steps, { connections, warmup: 0, duration });
    return { requestsPerSecond: result.rounds[0]!.requestsPerSecond, p50: result.rounds[0]!.p50, errors: result.errors };
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections, duration, requests: [request] }, (error, done) => (error ? reject(error) : resolve(done))),
  );
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, errors: result.non2xx };
};
if (!writes) {
  const probe = await fetch(`${url}/graphql`, { method: 'POST', headers: request.headers, body: request.body });
  const probeText = await probe.text();
  console.log(`probe: ${probe.status}, ${probeText.length} bytes${probeText.includes('"errors"') ? `: ${probeText.slice(0, 300)}` : ''}`);
}
await load(2);

/** The bench's own write plan (scenarios.ts), on fresh accounts and the bench's own campaign. */
async function writeSequence() {
  await fixtures.cleanUp();
  const write = await fixtures.writeFixture(dataset);
  const participants = await fixtures.participants(4000);
  const scenario = SCENARIOS.find((candidate) => candidate.key === 'writes')!;
  const inputs = { dataset, write, engineSecret: authSecret, participants: { gateway: participants, apollo: participants, subgraph: participants } } as unknown as ScenarioInputs;
  const plan = scenario.plans(inputs, 'big').gateway;
  if (plan.kind !== 'sequence') throw new Error('the write scenario is a sequence');
  return plan;
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const result = await load(Number(values.seconds));
const { profile } = await session.post('Profiler.stop');
writeFileSync(values.out!, JSON.stringify(profile));
console.log(`${kind}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${result.p50.toFixed(0)} ms, ${result.errors} errors; profile in ${values.out}`);

// Self time per function and per package, from the samples.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
for (const id of profile.samples ?? []) self.set(id, (self.get(id) ?? 0) + 1);
const total = profile.samples?.length ?? 1;
const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, count] of self) {
  const frame = byId.get(id)!.callFrame;
  const where = frame.url.replace(/^file:\/\//, '');
  const pkg = where.includes('node_modules/') ? where.split('node_modules/').pop()!.split('/').slice(0, where.split('node_modules/').pop()!.startsWith('@') ? 2 : 1).join('/') : where.includes('/src/') ? `ours: ${where.split('/src/').pop()}` : where || `(${frame.functionName || 'native'})`;
  const name = `${frame.functionName || '(anonymous)'} ${pkg}:${frame.lineNumber + 1}`;
  functions.set(name, (functions.get(name) ?? 0) + count);
  const pkgKey = pkg.startsWith('ours: ') ? 'ours' : pkg;
  packages.set(pkgKey, (packages.get(pkgKey) ?? 0) + count);
}
const top = (map: Map<string, number>, n: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(5)} %  ${name}`).join('\n');
console.log(`\nself time by package:\n${top(packages, 25)}\n\nself time by function:\n${top(functions, 40)}`);

if (writes) await fixtures.cleanUp();
await running.close();
await pool.end();
await scale.stop();
