import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';
import { bearerFor } from '../support/api.js';
import { LoadFigures, send, sleep, startLoad, waitFor } from './support/faults-clients.js';
import { freePort, OwnPostgres } from './support/faults-postgres.js';
import { TestMailServer } from './support/faults-smtp.js';

/**
 * The faults suite: the application against a PostgreSQL server and an SMTP server this suite
 * owns, so that it can kill them. (a) PostgreSQL SIGKILLed under a write load, (b) restarted fast
 * while the export pool holds an idle connection, (c) the mail server down then up while
 * invitations are created, (d) PostgreSQL killed while mails are sent, (e) the application
 * SIGKILLed during a CSV export and during a write burst with Idempotency-Key headers.
 */
const AUTH_SECRET = 'faults-suite-auth-secret-0123456789abcdefghijk';
const ENGINE_SECRET = 'faults-suite-engine-secret-0123456789abcdefghi';
const MEMBER = 'karim.benali@demo.orga-spe.fr';
const ORGANIZATION = 'Mission Locale de Limoges';
const WRITERS = 10;
const OUTAGE_MS = 3_000;
const READY_WITHIN_MS = 5_000;
const EXPORT_PARTICIPATIONS = 20_000;

const CREATE_CAMPAIGN = 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }';
const INVITE = 'mutation($id: ID!, $emails: [String!]!) { inviteMembers(organizationId: $id, emails: $emails, role: MEMBER) { id } }';

const scenarios: { name: string; passed: boolean; figures: string }[] = [];

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('faults: PostgreSQL, the mail server and the application itself killed under load', () => {
  let postgres: OwnPostgres;
  let mail: TestMailServer;
  let app: RunningApp;
  let member: string;
  let organizationId: string;
  let targetProfileId: string;
  let exportCampaignId: string;
  let appEnv: Record<string, string>;

  beforeAll(async () => {
    postgres = await OwnPostgres.create();
    mail = new TestMailServer(await freePort());
    await mail.start();
    appEnv = {
      DATABASE_URL: postgres.url,
      SMTP_URL: mail.url,
      AUTH_SECRET,
      ENGINE_SECRET,
      SEED_DEMO: 'true',
      MAIL_RETRY_BASE_SECONDS: '1',
      MAIL_RETRY_MAX_SECONDS: '2',
      MAIL_MAX_ATTEMPTS: '1000',
      LOG_LEVEL: 'warn',
    };
    app = await startApp({ env: appEnv });
    member = await bearerFor(app, MEMBER);
    const { me } = await ok<{ me: { memberships: { organization: { id: string; name: string; campaigns: { nodes: { id: string; targetProfileId: string | null; type: string }[] } } }[] } }>(
      '{ me { memberships { organization { id name campaigns(first: 20) { nodes { id type targetProfileId } } } } } }',
    );
    const organization = me.memberships.map((membership) => membership.organization).find((each) => each.name === ORGANIZATION)!;
    organizationId = organization.id;
    targetProfileId = organization.campaigns.nodes.find((each) => each.type === 'ASSESSMENT' && each.targetProfileId)!.targetProfileId!;
    // A campaign with many participations, so that its export takes a while to stream. Written
    // straight into the database, so with the name the app copies onto a current participation
    // (the export reads it there, in its index's order); unshared, they point at no result.
    exportCampaignId = (await ok<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, { input: campaignInput('faults-export') })).createCampaign.id;
    await postgres.query(
      `with participant as (
         insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
         select gen_random_uuid(), $1, gen_random_uuid(), 'Prénom ' || n, 'Faults ' || lpad(n::text, 6, '0'), now() from generate_series(1, $3) n
         returning id, user_id, first_name, last_name)
       insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, is_improved, started_at, last_name, first_name)
       select gen_random_uuid(), $2, participant.id, participant.user_id, 'STARTED', false, now(), participant.last_name, participant.first_name from participant`,
      [organizationId, exportCampaignId, EXPORT_PARTICIPATIONS],
    );
  });

  afterAll(async () => {
    for (const scenario of scenarios) console.log(`[faults] ${scenario.passed ? 'PASS' : 'FAIL'} ${scenario.name}: ${scenario.figures}`);
    const passed = scenarios.filter((scenario) => scenario.passed).length;
    console.log(`[faults] ${passed} passed, ${scenarios.length - passed} failed`);
    await app?.stop();
    await mail?.stop();
    await postgres?.stop();
  });

  /**
   * Each scenario starts from a running application: one that died in an earlier scenario (a
   * failure already reported there) is started again on the same database.
   */
  async function ensureApp(): Promise<void> {
    if (await alive()) return;
    await app.stop({ keepDataDir: true });
    app = await startApp({ dataDir: app.dataDir, env: appEnv });
    member = await bearerFor(app, MEMBER);
  }

  function campaignInput(name: string) {
    return { organizationId, type: 'ASSESSMENT', name, targetProfileId };
  }

  async function ok<T>(query: string, variables: Record<string, unknown> = {}, authorization = member): Promise<T> {
    const outcome = await send(app.url, { query, variables }, { authorization });
    if (outcome.kind !== 'ok') throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(outcome).slice(0, 500)}`);
    return (outcome.answer.body as { data: T }).data;
  }

  async function ready(): Promise<boolean> {
    const response = await fetch(`${app.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
    await response.text();
    return response.status === 200;
  }

  /** `alive`: the process has not exited and answers /healthz. */
  async function alive(): Promise<boolean> {
    try {
      const response = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      return response.status === 200;
    } catch {
      return false;
    }
  }

  /** Every acknowledged campaign read back over the API; the ids not found are lost writes. */
  async function lostCampaigns(ids: string[]): Promise<string[]> {
    const lost: string[] = [];
    for (let start = 0; start < ids.length; start += 50) {
      const batch = ids.slice(start, start + 50);
      const rows = await postgres.query<{ id: string }>('select id from campaigns.campaigns where id = any($1::uuid[])', [batch]);
      const found = new Set(rows.map((row) => row.id));
      lost.push(...batch.filter((id) => !found.has(id)));
    }
    // And over the API, as the client would: a sample, since the rows are there.
    for (const id of ids.slice(0, 20)) {
      const outcome = await send(app.url, { query: 'query($id: ID!) { campaign(id: $id) { id } }', variables: { id } }, { authorization: member });
      if (outcome.kind !== 'ok') lost.push(`${id} (API: ${JSON.stringify(outcome).slice(0, 200)})`);
    }
    return lost;
  }

  /** A write load of createCampaign clients around `fault`, which returns when PostgreSQL is up. */
  async function writeLoadAround(label: string, fault: () => Promise<void>): Promise<{ figures: LoadFigures; recoveryMs: number | undefined; alive: boolean }> {
    const figures = new LoadFigures();
    const load = startLoad(WRITERS, async (client, sequence) => {
      const outcome = await send(app.url, { query: CREATE_CAMPAIGN, variables: { input: campaignInput(`faults-${label}-${client}-${sequence}`) } }, { authorization: member });
      figures.record(outcome, outcome.kind === 'ok' ? (outcome.answer.body as { data: { createCampaign: { id: string } } }).data.createCampaign.id : undefined);
      if (outcome.kind !== 'ok') await sleep(100);
    });
    await sleep(2_000);
    await fault();
    // A dead process will not become ready: stop waiting for it.
    let recoveryMs = await waitFor(async () => !processAlive(app.pid) || (await ready()), 30_000, 50);
    if (!processAlive(app.pid)) recoveryMs = undefined;
    figures.recoveredAt = Date.now();
    await sleep(2_000);
    await load.stop();
    return { figures, recoveryMs, alive: await alive() };
  }

  function describeLoad(figures: LoadFigures, lost: string[], recoveryMs: number | undefined): string {
    return [
      `acknowledged ${figures.acknowledged.length}`,
      `lost ${lost.length}`,
      `503s ${figures.unavailable}`,
      `no answer ${figures.noAnswer}`,
      `server errors ${figures.serverErrors.length}`,
      `refused ${[...figures.refused].map(([code, count]) => `${code} ${count}`).join(', ') || 0}`,
      `acknowledged after recovery ${figures.acknowledgedAfterRecovery}`,
      `/readyz back ${recoveryMs === undefined ? 'never (30 s)' : `${recoveryMs} ms`} after PostgreSQL was up`,
    ].join(', ');
  }

  /** The application's own account of its unexpected errors (JSON log lines, already sanitised). */
  function loggedErrors(): string {
    return app.output().split('\n').filter((line) => line.includes('unexpected error')).slice(-3).join('\n');
  }

  function checkLoad(name: string, run: { figures: LoadFigures; recoveryMs: number | undefined; alive: boolean }, lost: string[], extra: string[] = []): void {
    const problems = [
      ...(run.alive ? [] : [`the application died: its last output:\n${app.output().slice(-3000)}`]),
      ...(run.figures.serverErrors.length
        ? [`${run.figures.serverErrors.length} server errors instead of 503 SERVICE_UNAVAILABLE, e.g. ${run.figures.serverErrors.slice(0, 3).join(' | ')}\nwhat the application logged:\n${loggedErrors()}`]
        : []),
      ...(run.figures.unavailable ? [] : ['no 503 SERVICE_UNAVAILABLE during the outage']),
      ...(run.recoveryMs !== undefined && run.recoveryMs <= READY_WITHIN_MS ? [] : [`/readyz not back within ${READY_WITHIN_MS} ms of PostgreSQL being up (${run.recoveryMs ?? 'never'})`]),
      ...(run.figures.acknowledgedAfterRecovery ? [] : ['no write acknowledged after the recovery']),
      ...(lost.length ? [`${lost.length} acknowledged writes lost: ${lost.slice(0, 5).join(', ')}`] : []),
      ...extra,
    ];
    scenarios.push({ name, passed: !problems.length, figures: describeLoad(run.figures, lost, run.recoveryMs) });
    expect(problems, problems.join('\n')).toEqual([]);
  }

  it('(a) PostgreSQL SIGKILLed under a write load: the app survives, answers 503, is ready within 5 s, loses no acknowledged write', { timeout: 120_000 }, async () => {
    await ensureApp();
    const run = await writeLoadAround('a', async () => {
      postgres.kill();
      await postgres.gone();
      await sleep(OUTAGE_MS);
      await postgres.start();
    });
    const lost = run.alive ? await lostCampaigns(run.figures.acknowledged) : [];
    checkLoad('(a) PostgreSQL SIGKILL under load', run, lost);
  });

  it('(b) pg_ctl restart -m fast with an idle export connection: same guarantees, and the export works after', { timeout: 120_000 }, async () => {
    await ensureApp();
    // A download first: the export pool keeps its connection, idle, when PostgreSQL goes away.
    const first = await fetch(`${app.url}/exports/campaigns/${exportCampaignId}/results.csv`, { headers: { authorization: member } });
    expect(first.status).toBe(200);
    await first.text();
    const run = await writeLoadAround('b', async () => {
      await postgres.fastRestartAsync();
    });
    const lost = run.alive ? await lostCampaigns(run.figures.acknowledged) : [];
    const extra: string[] = [];
    if (run.alive) {
      const after = await fetch(`${app.url}/exports/campaigns/${exportCampaignId}/results.csv`, { headers: { authorization: member } });
      const rows = (await after.text()).split('\n').filter(Boolean).length - 1;
      if (after.status !== 200 || rows !== EXPORT_PARTICIPATIONS) extra.push(`export after the restart: HTTP ${after.status}, ${rows} rows (expected ${EXPORT_PARTICIPATIONS})`);
    }
    checkLoad('(b) pg_ctl restart -m fast, idle export connection', run, lost, extra);
  });

  /** Invitations created by `clients` loops until stopped; returns the acknowledged addresses. */
  function invitationLoad(label: string, clients: number) {
    const figures = new LoadFigures();
    const load = startLoad(clients, async (client, sequence) => {
      const email = `faults-${label}-${client}-${sequence}@example.test`;
      const outcome = await send(app.url, { query: INVITE, variables: { id: organizationId, emails: [email] } }, { authorization: member });
      figures.record(outcome, outcome.kind === 'ok' ? email : undefined);
      await sleep(outcome.kind === 'ok' ? 20 : 100);
    });
    return { figures, stop: () => load.stop() };
  }

  /** Waits until every outbox mail of these recipients is delivered; then counts lost and duplicates. */
  async function deliveries(prefix: string, timeoutMs: number): Promise<{ outbox: number; delivered: number; lost: string[]; duplicates: string[]; waitedMs: number | undefined }> {
    const waitedMs = await waitFor(async () => {
      const [row] = await postgres.query<{ pending: string }>("select count(*) as pending from mail_outbox where recipient like $1 and status <> 'SENT'", [`${prefix}%`]);
      return Number(row!.pending) === 0;
    }, timeoutMs, 500);
    // A resend would come right after the mark: give it a moment to show.
    await sleep(1_000);
    const outbox = await postgres.query<{ id: string; recipient: string }>('select id, recipient from mail_outbox where recipient like $1', [`${prefix}%`]);
    const { byMessageId, byRecipient } = mail.counts();
    const lost = outbox.filter((row) => !byRecipient.get(row.recipient.toLowerCase())).map((row) => row.recipient);
    const expected = new Map<string, number>();
    for (const row of outbox) expected.set(row.recipient.toLowerCase(), (expected.get(row.recipient.toLowerCase()) ?? 0) + 1);
    const duplicates = [
      ...[...expected].filter(([recipient, count]) => (byRecipient.get(recipient) ?? 0) > count).map(([recipient, count]) => `${recipient} ×${byRecipient.get(recipient)} (outbox ${count})`),
      ...[...byMessageId].filter(([, count]) => count > 1).map(([id, count]) => `Message-ID ${id} ×${count}`),
    ].filter((entry) => entry.includes(prefix) || entry.startsWith('Message-ID'));
    const delivered = [...byRecipient].filter(([recipient]) => recipient.startsWith(prefix)).reduce((sum, [, count]) => sum + count, 0);
    return { outbox: outbox.length, delivered, lost, duplicates, waitedMs };
  }

  it('(c) the mail server down then up while invitations are created: every outbox mail delivered, none twice', { timeout: 150_000 }, async () => {
    await ensureApp();
    const load = invitationLoad('c', 5);
    await sleep(3_000);
    await mail.stop();
    const beforeOutage = load.figures.acknowledged.length;
    await sleep(4_000);
    const duringOutage = load.figures.acknowledged.length - beforeOutage;
    await mail.start();
    await sleep(3_000);
    await load.stop();
    const result = await deliveries('faults-c-', 60_000);
    const acknowledged = load.figures.acknowledged;
    const missing = acknowledged.filter((email) => !mail.counts().byRecipient.get(email));
    const problems = [
      ...(duringOutage ? [] : ['no invitation was acknowledged while the mail server was down']),
      ...(result.outbox ? [] : ['no invitation mail reached the outbox']),
      ...(result.waitedMs === undefined ? ['the outbox was not drained within 60 s'] : []),
      ...(result.lost.length ? [`${result.lost.length} outbox mails never delivered, e.g. ${result.lost.slice(0, 5).join(', ')}`] : []),
      ...(missing.length ? [`${missing.length} acknowledged invitations never delivered, e.g. ${missing.slice(0, 5).join(', ')}`] : []),
      ...(result.duplicates.length ? [`${result.duplicates.length} delivered twice: ${result.duplicates.slice(0, 5).join(', ')}`] : []),
      ...(load.figures.serverErrors.length ? [`${load.figures.serverErrors.length} server errors: ${load.figures.serverErrors.slice(0, 3).join(' | ')}`] : []),
    ];
    scenarios.push({
      name: '(c) SMTP down then up',
      passed: !problems.length,
      figures: `invitations acknowledged ${acknowledged.length} (${duringOutage} while the mail server was down), outbox ${result.outbox}, delivered ${result.delivered}, lost ${result.lost.length}, duplicates ${result.duplicates.length}, drained ${result.waitedMs ?? 'never'} ms after the load`,
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('(d) PostgreSQL killed while mails are being sent: every mail delivered, none twice', { timeout: 150_000 }, async () => {
    await ensureApp();
    mail.delayMs = 150;
    const load = invitationLoad('d', 5);
    await sleep(3_000);
    await load.stop();
    // Kill PostgreSQL once the worker is busy sending this batch.
    const sending = await waitFor(async () => mail.received.some((each) => each.recipients.some((recipient) => recipient.startsWith('faults-d-'))), 30_000, 20);
    postgres.kill();
    await postgres.gone();
    await sleep(2_000);
    await postgres.start();
    const result = await deliveries('faults-d-', 90_000);
    mail.delayMs = 0;
    const problems = [
      ...(result.outbox ? [] : ['no invitation mail reached the outbox']),
      ...(sending === undefined ? ['no mail was being sent within 30 s'] : []),
      ...(result.waitedMs === undefined ? ['the outbox was not drained within 90 s'] : []),
      ...(result.lost.length ? [`${result.lost.length} outbox mails never delivered, e.g. ${result.lost.slice(0, 5).join(', ')}`] : []),
      ...(result.duplicates.length ? [`${result.duplicates.length} delivered twice: ${result.duplicates.slice(0, 5).join(', ')}`] : []),
      ...((await alive()) ? [] : ['the application died']),
    ];
    scenarios.push({
      name: '(d) PostgreSQL killed while sending mails',
      passed: !problems.length,
      figures: `invitations acknowledged ${load.figures.acknowledged.length}, outbox ${result.outbox}, delivered ${result.delivered}, lost ${result.lost.length}, duplicates ${result.duplicates.length}, drained ${result.waitedMs ?? 'never'} ms after the restart`,
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('(e) the application SIGKILLed during a CSV export and during a write burst with Idempotency-Key: no half state, next export complete, retries applied once', { timeout: 180_000 }, async () => {
    await ensureApp();
    const problems: string[] = [];
    // 1. Killed while a download is streaming.
    const download = await fetch(`${app.url}/exports/campaigns/${exportCampaignId}/results.csv`, { headers: { authorization: member } });
    const reader = download.body!.getReader();
    const firstChunk = await reader.read();
    const killedDuringExport = !firstChunk.done;
    process.kill(app.pid, 'SIGKILL');
    await reader.read().then(
      () => reader.cancel().catch(() => undefined),
      () => undefined,
    );
    await app.stop({ keepDataDir: true });
    app = await startApp({ dataDir: app.dataDir, env: appEnv });
    const leftovers = await postgres.query<{ open: string }>(
      "select count(*) as open from pg_stat_activity where datname = 'orga_spe' and state like 'idle in transaction%' and backend_start < now() - interval '5 seconds'",
    );
    if (Number(leftovers[0]!.open)) problems.push(`${leftovers[0]!.open} transactions left open by the killed process`);
    const again = await fetch(`${app.url}/exports/campaigns/${exportCampaignId}/results.csv`, { headers: { authorization: member } });
    const exportedRows = (await again.text()).split('\n').filter(Boolean).length - 1;
    const [{ count: participations } = { count: '0' }] = await postgres.query<{ count: string }>('select count(*) from campaigns.participations where campaign_id = $1', [exportCampaignId]);
    if (again.status !== 200 || exportedRows !== Number(participations)) problems.push(`next export: HTTP ${again.status}, ${exportedRows} rows for ${participations} participations`);
    if (!killedDuringExport) problems.push('the export had ended before the kill (nothing was streaming)');

    // 2. Killed during a burst of writes, each with its own Idempotency-Key; then every write retried.
    const writes: { key: string; acknowledgedId?: string; ambiguous: boolean }[] = [];
    const burst = startLoad(WRITERS, async (client, sequence) => {
      const key = `faults-e-${client}-${sequence}-${Date.now().toString(36)}`;
      const write: (typeof writes)[number] = { key, ambiguous: false };
      writes.push(write);
      const outcome = await send(app.url, { query: CREATE_CAMPAIGN, variables: { input: campaignInput(key) } }, { authorization: member, 'idempotency-key': key });
      if (outcome.kind === 'ok') write.acknowledgedId = (outcome.answer.body as { data: { createCampaign: { id: string } } }).data.createCampaign.id;
      else write.ambiguous = true;
    });
    await sleep(1_500);
    process.kill(app.pid, 'SIGKILL');
    await burst.stop();
    await app.stop({ keepDataDir: true });
    app = await startApp({ dataDir: app.dataDir, env: appEnv });
    member = await bearerFor(app, MEMBER);
    const attempted = writes.filter((write) => write.acknowledgedId || write.ambiguous);
    let replayed = 0;
    const retryProblems: string[] = [];
    for (const write of attempted) {
      const outcome = await send(app.url, { query: CREATE_CAMPAIGN, variables: { input: campaignInput(write.key) } }, { authorization: member, 'idempotency-key': write.key });
      if (outcome.kind !== 'ok') {
        retryProblems.push(`${write.key}: retry answered ${JSON.stringify(outcome).slice(0, 200)}`);
        continue;
      }
      const id = (outcome.answer.body as { data: { createCampaign: { id: string } } }).data.createCampaign.id;
      if (outcome.answer.headers.get('idempotency-replayed') === 'true') replayed += 1;
      if (write.acknowledgedId && id !== write.acknowledgedId) retryProblems.push(`${write.key}: acknowledged ${write.acknowledgedId}, the retry created ${id}`);
    }
    const counts = await postgres.query<{ name: string; count: string }>('select name, count(*) as count from campaigns.campaigns where name = any($1::text[]) group by name', [attempted.map((write) => write.key)]);
    const byName = new Map(counts.map((row) => [row.name, Number(row.count)]));
    const twice = attempted.filter((write) => (byName.get(write.key) ?? 0) > 1);
    const never = attempted.filter((write) => !byName.get(write.key));
    const acknowledged = attempted.filter((write) => write.acknowledgedId).length;
    if (twice.length) problems.push(`${twice.length} writes applied more than once after their retry, e.g. ${twice.slice(0, 3).map((write) => `${write.key} ×${byName.get(write.key)}`).join(', ')}`);
    if (never.length) problems.push(`${never.length} writes never applied, e.g. ${never.slice(0, 3).map((write) => write.key).join(', ')}`);
    if (acknowledged && !replayed) problems.push('no retry was answered with Idempotency-Replayed: true');
    problems.push(...retryProblems.slice(0, 5));
    if (retryProblems.length > 5) problems.push(`… and ${retryProblems.length - 5} more retry problems`);
    scenarios.push({
      name: '(e) application SIGKILL during an export and a write burst',
      passed: !problems.length,
      figures: `export rows after restart ${exportedRows}/${participations}, writes ${attempted.length} (acknowledged ${acknowledged}, ambiguous ${attempted.length - acknowledged}), retried ${attempted.length}, replayed ${replayed}, applied twice ${twice.length}, never applied ${never.length}`,
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
