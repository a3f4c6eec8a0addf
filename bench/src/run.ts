import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { findDataset, SIZES, type BenchDataset, type ManifestHint, type Size } from './dataset.js';
import { measureExport, type ExportResult } from './export.js';
import { Fixtures } from './fixtures.js';
import { measureRequest, measureSequence, probe, type LoadOptions, type LoadResult } from './load.js';
import { findPositions } from './positions.js';
import { SCENARIOS, STATIC_CALL, TARGETS_OF_SIZE, type Plan, type Scenario, type ScenarioInputs, type Target } from './scenarios.js';
import { startServer, type BenchServer } from './servers.js';
import type { ServerKind } from './child/protocol.js';

export interface BenchOptions {
  /** Small dataset generated into a throw-away embedded PostgreSQL. */
  quick: boolean;
  /** The scale database (full mode). */
  databaseUrl?: string;
  manifest?: ManifestHint;
  connections: number;
  warmup: number;
  duration: number;
  /** Measured rounds per scenario and target, after one warm-up. */
  rounds: number;
  exportRounds: number;
  /** Fresh accounts per target for our write sequence. */
  writeAccounts: number;
  log(line: string): void;
}

export interface Measure {
  scenario: string;
  /** The big dataset or its small twin (absent in reports before twins: big). */
  size?: Size;
  target: Target | 'static';
  load?: LoadResult;
  /** The first failure of a single run before the load (undefined: it answered without errors). */
  probeError?: string;
  /** SQL statements seen by PostgreSQL's clients in the server process, per HTTP request. */
  statementsPerRequest?: number;
  peakRssMb?: number;
  note?: string;
}

export interface BenchReport {
  startedAt: Date;
  options: Omit<BenchOptions, 'log' | 'manifest' | 'databaseUrl'>;
  /** The machine's 1-minute load average at the start and at the end (other people's work included). */
  environment: { node: string; cpus: number; postgres: string; loadAverage: number[] };
  dataset: BenchDataset & { participations: number; campaigns: number; organizations: number };
  measures: Measure[];
  exports: { target: 'gateway' | 'floor'; size?: Size; result: ExportResult }[];
}

/** One server process: ours in one of its shapes, PostGraphile, or the floor. */
interface ServerSpec {
  name: string;
  kind: ServerKind;
  env: Record<string, string>;
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date();
  const { log } = options;
  // Loaded only in quick mode: the seeds' generator is not needed on the scale database.
  const quick = options.quick ? await (await import('./quick-database.js')).startQuickDatabase(log) : undefined;
  const databaseUrl = quick?.url ?? options.databaseUrl;
  if (!databaseUrl) throw new Error('give DATABASE_URL (the scale database) or --quick');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const authSecret = randomBytes(32).toString('base64url');
  const engineSecret = randomBytes(32).toString('base64url');
  const fixtures = new Fixtures(pool, authSecret);
  let servers: BenchServer[] = [];
  const loadAverage = [loadavg()[0]!];
  try {
    await fixtures.cleanUp();
    const dataset = await findDataset(pool, quick?.manifest ?? options.manifest);
    const sizes = await datasetSizes(pool);
    log(`dataset: big campaign ${dataset.bigCampaign.participations} participations, big organisation ${dataset.bigOrganization.campaigns} campaigns, ${sizes.participations} participations in all`);
    log(`small twins (${dataset.twinsFrom === 'manifest' ? "the manifest's" : 'the closest found'}): campaign ${dataset.sized.small.campaign.participations} participations, organisation ${dataset.sized.small.organization.campaigns} campaigns`);
    const adminToken = await fixtures.tokenFor(dataset.adminUserId);
    const tokens = Object.fromEntries(
      await Promise.all(SIZES.map(async (size) => [size, { campaignToken: await fixtures.tokenFor(dataset.sized[size].campaignAdminUserId), organizationToken: await fixtures.tokenFor(dataset.sized[size].organizationAdminUserId) }] as const)),
    ) as Record<Size, { campaignToken: string; organizationToken: string }>;
    const write = await fixtures.writeFixture(dataset);
    const participants = { gateway: await fixtures.participants(options.writeAccounts), apollo: await fixtures.participants(options.writeAccounts), subgraph: await fixtures.participants(options.writeAccounts) };

    // Partner clients' hourly points lifted (the bench sends thousands of pages a minute; the cost is still computed and charged), no webhook worker polling beside the measure.
    const ours = { DATABASE_URL: databaseUrl, NODE_ENV: 'production', SQL_STATEMENTS_HEADER: 'true', AUTH_SECRET: authSecret, ENGINE_SECRET: engineSecret, LOG_LEVEL: 'warn', SEED_DEMO: 'false', PARTNER_POINTS_PER_HOUR: '2000000000', WEBHOOK_WORKER: 'false' };
    const specs: ServerSpec[] = [
      { name: 'gateway', kind: 'ours', env: { ...ours, GATEWAY: 'hive' } },
      { name: 'apollo', kind: 'ours', env: { ...ours, GATEWAY: 'apollo' } },
      { name: 'campaigns', kind: 'ours', env: { ...ours, SUBGRAPH: 'campaigns' } },
      { name: 'organizations', kind: 'ours', env: { ...ours, SUBGRAPH: 'organizations' } },
      { name: 'postgraphile', kind: 'postgraphile', env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
      { name: 'floor', kind: 'floor', env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production' } },
    ];
    // All servers up at once, then each scenario on each target in turn: the machine is shared, and
    // targets measured minutes apart would see different neighbours. An idle server costs no CPU.
    log('starting the servers');
    const started = await Promise.allSettled(specs.map((spec) => startServer(spec.kind, spec.env)));
    servers = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    const failure = started.find((outcome) => outcome.status === 'rejected');
    if (failure) throw (failure as PromiseRejectedResult).reason;
    const server = Object.fromEntries(specs.map((spec, index) => [spec.name, servers[index]!])) as Record<string, BenchServer>;
    log('finding the middle and last pages through our API');
    const sized = {} as ScenarioInputs['sized'];
    for (const size of SIZES) {
      sized[size] = { ...tokens[size], positions: await findPositions(pool, server.gateway!.url, tokens[size].campaignToken, dataset.sized[size].campaign.id) };
    }
    log('a partner client of the big organisation\'s network');
    const partner = await fixtures.partnerFixture(dataset, server.gateway!.url);
    const inputs: ScenarioInputs = { dataset, adminToken, sized, engineSecret, write, participants, partner };
    const serverOf = (scenario: Scenario, target: Target) =>
      target === 'gateway' || target === 'apollo' ? server[target]! : target === 'subgraph' ? server[scenario.subgraph]! : server[target]!;

    const measures: Measure[] = [];
    for (const scenario of SCENARIOS) {
      for (const size of scenario.sizes) {
        const plans = scenario.plans(inputs, size);
        for (const target of TARGETS_OF_SIZE[size]) {
          // @apollo/gateway is sent the gateway's plan, with write accounts of its own.
          const plan = target === 'apollo' ? scenario.plans({ ...inputs, participants: { ...inputs.participants, gateway: inputs.participants.apollo } }, size).gateway : plans[target];
          if (plan.kind === 'none') {
            measures.push({ scenario: scenario.key, size, target, note: plan.note });
            continue;
          }
          log(`${scenario.key} (${size}) on ${target}`);
          measures.push({ scenario: scenario.key, size, target, note: plan.note, ...(await measure(serverOf(scenario, target), plan, options)) });
        }
      }
    }
    log('static answer');
    measures.push({ scenario: 'static', target: 'static', ...(await measure(server.floor!, { kind: 'request', call: STATIC_CALL }, options)) });
    const exports: BenchReport['exports'] = [];
    log('CSV export');
    for (const size of SIZES) {
      const id = dataset.sized[size].campaign.id;
      exports.push({
        target: 'gateway',
        size,
        result: await measureExport(server.gateway!, `/exports/campaigns/${id}/results.csv`, { authorization: `Bearer ${sized[size].campaignToken}` }, options.exportRounds),
      });
      exports.push({ target: 'floor', size, result: await measureExport(server.floor!, `/export?campaign=${id}`, {}, options.exportRounds) });
    }
    loadAverage.push(loadavg()[0]!);
    const { log: _log, manifest: _manifest, databaseUrl: _url, ...shown } = options;
    return {
      startedAt,
      options: shown,
      environment: { node: process.version, cpus: cpus().length, loadAverage, postgres: (await pool.query<{ server_version: string }>('show server_version')).rows[0]!.server_version.split(' ')[0]! },
      dataset: { ...dataset, ...sizes },
      measures,
      exports,
    };
  } finally {
    await Promise.all(servers.map((each) => each.stop()));
    await fixtures.cleanUp().catch((error: unknown) => log(`clean-up failed: ${(error as Error).message}`));
    await pool.end();
    await quick?.stop();
  }
}

async function measure(server: BenchServer, plan: Exclude<Plan, { kind: 'none' }>, options: BenchOptions) {
  const probeError = plan.kind === 'request' ? await probe(server.url, () => ({}), [{ call: () => plan.call }]) : await probe(server.url, plan.begin, plan.steps);
  if (probeError) options.log(`    failed before the load: ${probeError}`);
  const load: LoadOptions = { connections: options.connections, warmup: options.warmup, duration: options.duration, rounds: options.rounds, beforeMeasure: server.reset };
  const result = plan.kind === 'request' ? await measureRequest(server.url, plan.call, load) : await measureSequence(server.url, plan.begin, plan.steps, load);
  const stats = await server.stats();
  return {
    probeError,
    load: result,
    statementsPerRequest: stats.requests ? stats.statements / stats.requests : undefined,
    peakRssMb: stats.peakRss / 1024 / 1024,
  };
}

async function datasetSizes(pool: pg.Pool) {
  const { rows } = await pool.query<{ participations: string; campaigns: string; organizations: string }>(
    `select (select count(*) from campaigns.participations) as participations, (select count(*) from campaigns.campaigns) as campaigns,
            (select count(*) from organizations.organizations) as organizations`,
  );
  return { participations: Number(rows[0]!.participations), campaigns: Number(rows[0]!.campaigns), organizations: Number(rows[0]!.organizations) };
}
