import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres, type RunningPostgres } from '../../src/shared/database/embedded-postgres.js';
import { loadConfig, SUBGRAPH_NAMES } from '../../src/shared/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { LOGIN, SIGN_UP, buildSignUp, TEST_AUTH_SECRET, TEST_ENGINE_SECRET } from '../support/index.js';
import { LocalSmtp } from '../support/local-smtp.js';
import { enqueueMail } from '../../src/shared/mail/outbox.js';
import { MailWorker } from '../../src/shared/mail/mail-worker.js';

const CAMPAIGN_TO_JOIN = 'query ($code: String!) { campaignToJoin(code: $code) { code } }';

/**
 * A PostgreSQL server of this file's own, so that it can be restarted under a running app (the
 * shared test server must stay up for the other files). A fast shutdown terminates every
 * connection with 57P01 "terminating connection due to administrator command", as
 * `pg_ctl restart -m fast` does.
 */
describe('a database restart under a running server', () => {
  let dataDir: string;
  let port: number;
  let postgres: RunningPostgres | undefined;
  let running: RunningServer;
  const start = async () => {
    postgres = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data'), port, database: 'orga_spe_restart' });
  };
  const stop = async () => {
    await postgres?.stop();
    postgres = undefined;
  };
  const client = () => new GraphQLClient(`${running.url}/graphql`);
  const get = (path: string) => fetch(`${running.url}${path}`);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'orga-spe-restart-pg-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
    await start();
    const config = loadConfig(
      { NODE_ENV: 'test', AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET, },
      { port: 0, databaseUrl: postgres!.url, consoleDir: '/nonexistent' },
    );
    running = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  });
  afterAll(async () => {
    await running?.close();
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps answering: 503 SERVICE_UNAVAILABLE while the database is down, then GraphQL again once it is back', { timeout: 60_000 }, async () => {
    const person = buildSignUp();
    const { signUp } = await client().ok<{ signUp: { accessToken: string } }>(SIGN_UP, { input: person });
    expect((await client().request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Idle connections in both pools: the export pool (pg.Pool) and the ORM's (knex).
    for await (const batch of running.app.services!.streamingReads.batches<{ one: number }>('select 1 as one', [], { batchSize: 10 })) {
      expect(batch).toEqual([{ one: 1 }]);
    }

    await stop();
    // The idle clients receive their "terminating connection" error now; an unhandled one would end the process.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect((await get('/healthz')).status).toBe(200);
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unreachable', retryAfterSeconds: 5 });

    const anonymous = await client().request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' });
    expect(anonymous.status).toBe(503);
    expect(anonymous.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 }) })]);
    expect(anonymous.headers.get('retry-after')).toBe('5');

    // The login throttle (rate-limiter-flexible over knex) cannot count: retry later, not a wrong password.
    const login = await client().request(LOGIN, { email: person.email, password: person.password });
    expect(login.status).toBe(503);
    expect(login.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);

    // A bearer token whose session cannot be checked: the database is down, the token is not wrong.
    const signedIn = await client().withToken(signUp.accessToken).request('{ me { id } }');
    expect(signedIn.status).toBe(503);
    expect(signedIn.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);

    const csv = await fetch(`${running.url}/exports/campaigns/00000000-0000-4000-8000-000000000000/results.csv`, { headers: { authorization: `Bearer ${signUp.accessToken}` } });
    expect(csv.status).toBe(503);
    expect(((await csv.json()) as { errors: { extensions: object }[] }).errors[0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });

    await start();
    await expect.poll(async () => (await get('/readyz')).status, { timeout: 15_000, interval: 200 }).toBe(200);
    expect((await client().request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await client().withToken(signUp.accessToken).ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBeTruthy();
    let rows = 0;
    for await (const batch of running.app.services!.streamingReads.batches('select 1 as one', [], { batchSize: 10 })) rows += batch.length;
    expect(rows).toBe(1);
  });

  it('sends a mail once when PostgreSQL goes down after the SMTP server accepted it and before it is marked SENT', { timeout: 60_000 }, async () => {
    const orm = running.orm!;
    await orm.em.getConnection().execute(`update public.mail_outbox set status = 'SENT'`);
    await orm.em.fork().transactional((em) => enqueueMail(em, { to: 'restart@example.fr', subject: 'Bonjour', text: 'Texte', template: 'test' }));
    const smtp = new LocalSmtp(await freePort());
    await smtp.start();
    // The mail is in; PostgreSQL stops before the server answers 250, and is back 1.5 s later.
    smtp.beforeAccept = async () => {
      await stop();
      setTimeout(() => void start(), 1_500);
    };
    const worker = new MailWorker(orm, createLogger('silent'), { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'no-reply@orga-spe.fr', markRetryMs: 100 });
    try {
      expect(await worker.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
      smtp.beforeAccept = async () => undefined;
      expect(await worker.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(smtp.received.map(({ to }) => to[0])).toEqual(['restart@example.fr']);
      const rows = await orm.em.getConnection().execute<{ status: string }[]>(`select status from public.mail_outbox where recipient = 'restart@example.fr'`);
      expect(rows).toEqual([{ status: 'SENT' }]);
    } finally {
      await worker.stop();
      await smtp.stop();
    }
  });

  it.each(['apollo', 'hive'])('answers 503 SERVICE_UNAVAILABLE through a gateway (GATEWAY=%s) reaching the subgraphs over HTTP', { timeout: 90_000 }, async (engine) => {
    const env = { NODE_ENV: 'test', AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET };
    const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
    const servers: RunningServer[] = [];
    try {
      const urls: string[] = [];
      for (const subgraph of SUBGRAPH_NAMES) {
        const server = await startServer(loadConfig({ ...env, SUBGRAPH: subgraph }, { port: 0, databaseUrl: postgres!.url }), logger);
        servers.push(server);
        urls.push(`${subgraph}=${server.url}/graphql`);
      }
      const gateway = await startServer(loadConfig({ ...env, SUBGRAPH_URLS: urls.join(','), GATEWAY: engine }, { port: 0, consoleDir: '/nonexistent' }), logger);
      servers.push(gateway);
      const remote = new GraphQLClient(`${gateway.url}/graphql`);
      expect((await remote.request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      await stop();
      const down = await remote.request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' });
      expect(down.status).toBe(503);
      expect(down.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down.errors?.[0]?.extensions?.retryAfterSeconds).toBe(5);

      await start();
      await expect.poll(async () => (await remote.request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' })).errors?.[0]?.extensions?.code, { timeout: 15_000, interval: 200 }).toBe('NOT_FOUND');
    } finally {
      for (const server of servers.reverse()) await server.close();
      if (!postgres) await start();
    }
  });

  it('survives PostgreSQL killed (SIGKILL) with idle connections in both pools, and answers again once it is back', { timeout: 60_000 }, async () => {
    expect((await client().request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for await (const batch of running.app.services!.streamingReads.batches('select 1 as one', [], { batchSize: 10 })) expect(batch).toHaveLength(1);

    await postgres!.kill();
    postgres = undefined;
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz')).status).toBe(503);
    const down = await client().request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' });
    expect(down.status).toBe(503);
    expect(down.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);

    // The killed server's backends leave on their own; PostgreSQL then recovers from its WAL.
    await expect.poll(async () => start().then(() => true, () => false), { timeout: 20_000, interval: 500 }).toBe(true);
    await expect.poll(async () => (await get('/readyz')).status, { timeout: 15_000, interval: 200 }).toBe(200);
    expect((await client().request(CAMPAIGN_TO_JOIN, { code: 'NOPE12345' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
