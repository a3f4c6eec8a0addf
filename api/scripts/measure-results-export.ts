/**
 * Measures the CSV export's memory and throughput against a real server process.
 *
 *   cd api && node --import tsx scripts/measure-results-export.ts [rows=100000]
 *
 * The parent starts an embedded PostgreSQL (or uses MEASURE_DATABASE_URL, a URL whose user may
 * create databases), forks the server as a child process (so that its memory is the server's
 * alone), seeds campaigns with generate_series, then downloads each export while the child samples
 * its own RSS and heap every 10 ms. Scenarios: 10,000 rows, N rows (100,000 by default), and N rows
 * for a client that stalls after the first megabyte then hangs up (back-pressure, cancellation).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';

const SERVER_FLAG = '--serve';

interface Sample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

type ToChild = { type: 'reset' } | { type: 'report' };
type FromChild = { type: 'ready'; url: string } | { type: 'report'; now: Sample; peak: Sample };

if (process.argv.includes(SERVER_FLAG)) await serve();
else await measure(Number(process.argv[2] ?? 100_000));

/** Child: the server, sampling its own memory; peaks reset on demand. */
async function serve(): Promise<void> {
  const { loadConfig } = await import('../src/shared/config.js');
  const { createLogger } = await import('../src/shared/logger.js');
  const { startServer } = await import('../src/server.js');
  const config = loadConfig(
    { NODE_ENV: 'test', AUTH_SECRET: 'measure-auth-secret-0123456789-abcdefghijk', ENGINE_SECRET: 'measure-engine-secret-0123456789-abcdefgh' },
    { port: 0, databaseUrl: process.env.DATABASE_URL, consoleDir: '/nonexistent' },
  );
  const running = await startServer(config, createLogger('silent'));
  const sample = (): Sample => {
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    return { rss, heapUsed, external, arrayBuffers };
  };
  let peak = sample();
  setInterval(() => {
    const now = sample();
    peak = { rss: Math.max(peak.rss, now.rss), heapUsed: Math.max(peak.heapUsed, now.heapUsed), external: Math.max(peak.external, now.external), arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers) };
  }, 10).unref();
  process.on('message', (message: ToChild) => {
    if (message.type === 'reset') peak = sample();
    if (message.type === 'report') {
      // "now" after a full collection: what the server still holds, not garbage awaiting the GC.
      (globalThis as { gc?: () => void }).gc?.();
      process.send!({ type: 'report', now: sample(), peak } satisfies FromChild);
    }
  });
  process.on('disconnect', () => void running.close().then(() => process.exit(0)));
  process.send!({ type: 'ready', url: running.url } satisfies FromChild);
}

/** Parent: database, seeding, downloads, figures. */
async function measure(rows: number): Promise<void> {
  const { freePort, startEmbeddedPostgres } = await import('../src/shared/database/embedded-postgres.js');
  const { initORM } = await import('../src/shared/database/orm.js');
  const { entities } = await import('../src/entities.js');
  const { insertBulkParticipations } = await import('../test/support/bulk-participations.js');
  const { rebuildCampaignsReadSide } = await import('../src/campaigns/api/index.js');
  const { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } = await import('../src/certification/api/index.js');

  let adminUrl = process.env.MEASURE_DATABASE_URL;
  let stopPostgres = async () => {};
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'orga-spe-measure-pg-'));
    chmodSync(dataDir, 0o755);
    const postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data'), port: await freePort(), database: 'postgres' });
    adminUrl = postgres.url;
    stopPostgres = async () => {
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const name = `orga_spe_measure_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  const child = fork(fileURLToPath(import.meta.url), [SERVER_FLAG], {
    // MEASURE_SERVER_HEAP_MB caps the server's heap: an export that held its rows would die there.
    execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.MEASURE_SERVER_HEAP_MB ? [`--max-old-space-size=${process.env.MEASURE_SERVER_HEAP_MB}`] : [])],
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: FromChild[] = [];
  const waiters: ((message: FromChild) => void)[] = [];
  child.on('message', (message: FromChild) => (waiters.shift() ?? ((entry) => messages.push(entry)))(message));
  const next = () => new Promise<FromChild>((resolve) => (messages.length ? resolve(messages.shift()!) : waiters.push(resolve)));
  const report = async () => {
    child.send({ type: 'report' } satisfies ToChild);
    return (await next()) as Extract<FromChild, { type: 'report' }>;
  };

  try {
    const ready = (await next()) as Extract<FromChild, { type: 'ready' }>;
    const orm = await initORM({ clientUrl: url.toString(), entities });
    const em = orm.em.fork() as EntityManager;
    const token = await supportToken(ready.url, em);
    const campaign = async (count: number) => {
      // A real organisation: the export reads its name (organizations context) before any row.
      const organizationId = await createOrganization(ready.url, token, `Mesure ${count} ${randomBytes(3).toString('hex')}`);
      const [{ id }] = await em.getConnection().execute<{ id: string }[]>(
        `insert into campaigns.campaigns (id, organization_id, type, name, code, external_id_label, target_profile_id, owner_id, creator_id, created_at, updated_at)
         values (gen_random_uuid(), ?, 'ASSESSMENT', ?, ?, 'Identifiant France Travail', ?, gen_random_uuid(), gen_random_uuid(), now(), now()) returning id`,
        [organizationId, `Mesure ${count}`, `M${randomBytes(4).toString('hex').toUpperCase()}`, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
      );
      const seeded = Date.now();
      const inserted = await insertBulkParticipations(em, { organizationId, campaignId: id, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, count });
      console.log(`seeded ${inserted} participations in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
      return id;
    };

    const download = async (campaignId: string, options: { stallAfterBytes?: number; stallMs?: number } = {}) => {
      const controller = new AbortController();
      const started = performance.now();
      const response = await fetch(`${ready.url}/exports/campaigns/${campaignId}/results.csv`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
      if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
      let bytes = 0;
      let lines = 0;
      let firstByteMs = 0;
      try {
        for await (const chunk of response.body!) {
          const data = chunk as Uint8Array;
          if (bytes === 0) firstByteMs = performance.now() - started;
          bytes += data.byteLength;
          for (const byte of data) if (byte === 10) lines += 1;
          if (options.stallAfterBytes && bytes >= options.stallAfterBytes) {
            await sleep(options.stallMs ?? 3000);
            controller.abort();
            break;
          }
        }
      } catch (error) {
        if (!controller.signal.aborted) throw error;
      }
      return { ms: performance.now() - started, firstByteMs, bytes, lines };
    };

    const mb = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
    const run = async (label: string, campaignId: string, options?: Parameters<typeof download>[1]) => {
      await sleep(500);
      const before = (await report()).now;
      child.send({ type: 'reset' } satisfies ToChild);
      const result = await download(campaignId, options);
      await sleep(200);
      const { peak, now: after } = await report();
      const rowsPerSecond = Math.round((result.lines - 1) / (result.ms / 1000));
      console.log(
        `${label}: ${result.lines - 1} rows, ${mb(result.bytes)} in ${(result.ms / 1000).toFixed(2)} s (first byte ${result.firstByteMs.toFixed(0)} ms, ${rowsPerSecond} rows/s)\n` +
          `  server RSS before ${mb(before.rss)}, peak during ${mb(peak.rss)} (+${mb(peak.rss - before.rss)}), after ${mb(after.rss)}\n` +
          `  server heap used before ${mb(before.heapUsed)}, peak during ${mb(peak.heapUsed)} (+${mb(peak.heapUsed - before.heapUsed)}), after a full GC ${mb(after.heapUsed)}; external peak ${mb(peak.external)}`,
      );
    };

    const warmUp = await campaign(1_000);
    const small = await campaign(10_000);
    const large = await campaign(rows);
    // Written straight into the database: the read side (copied names, result pointers) is rebuilt from them.
    const rebuilt = Date.now();
    await rebuildCampaignsReadSide({ em });
    await em.getConnection().execute('analyze campaigns.participations');
    console.log(`read side rebuilt in ${((Date.now() - rebuilt) / 1000).toFixed(1)} s`);
    await run('warm-up', warmUp);
    await run('10,000 participations', small);
    await run(`${rows.toLocaleString('en')} participations`, large);
    await run(`${rows.toLocaleString('en')} participations, again`, large);
    await run(`${rows.toLocaleString('en')} participations, client stalls 3 s after 1 MB then hangs up`, large, { stallAfterBytes: 1024 * 1024, stallMs: 3000 });
    const [{ count: running }] = await em.getConnection().execute<{ count: string }[]>(
      `select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name = 'orga-spe-export' and state <> 'idle'`,
    );
    console.log(`export statements still running after the hang-up: ${running}`);
    await orm.close(true);
  } finally {
    child.disconnect();
    await new Promise((resolve) => child.once('exit', resolve));
    await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`);
    await stopPostgres();
  }
}

/** A SUPPORT agent (support readers may export any campaign): signed up, promoted, signed in again. */
async function supportToken(url: string, em: EntityManager): Promise<string> {
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const email = `mesure.${Date.now()}@example.fr`;
  const password = 'Secret-pass-42';
  const { signUp } = await graphql(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
    { input: { email, password, firstName: 'Mesure', lastName: 'Export', acceptTermsOfService: true } },
  );
  await em.getConnection().execute(`update organizations.users set support_role = 'SUPPORT' where id = ?`, [signUp.user.id]);
  const { login } = await graphql(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`, { email, password });
  return login.accessToken;
}

async function createOrganization(url: string, token: string, name: string): Promise<string> {
  const { buildSiret } = await import('../test/support/organizations.js');
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', variables: { input: { name, type: 'MISSION_LOCALE', siret: buildSiret() } } }),
  });
  const body = (await response.json()) as { data?: { createOrganization: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createOrganization.id;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

