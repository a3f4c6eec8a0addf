import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../src/shared/auth/principal.js';
import { createLogger } from '../../src/shared/logger.js';
import { requestFingerprint } from '../../src/shared/idempotency/idempotency-key.js';
import { INVITE, SIGN_UP, addMember, buildSignUp, createOrganization, startTestServer, supportClient, type TestServer } from '../support/index.js';

const CREATE_CAMPAIGN = /* GraphQL */ `
  mutation Create($input: CreateCampaignInput!) { createCampaign(input: $input) { id name code } }
`;

interface Answer {
  status: number;
  replayed: string | null;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('Idempotency-Key on mutations', () => {
  const lines: string[] = [];
  let server: TestServer;
  let organizationId: string;
  let adminToken: string;
  let advisorToken: string;
  let otherAdvisorToken: string;

  /** A plain HTTP call with the header, as a partner's retrying client would make it. */
  async function call(query: string, variables: Record<string, unknown>, { key, token }: { key?: string; token?: string }): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== undefined) headers['idempotency-key'] = key;
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    return { status: response.status, replayed: response.headers.get('idempotency-replayed'), text, body: JSON.parse(text) };
  }

  const createCampaign = (name: string, key: string | undefined, token = advisorToken) =>
    call(CREATE_CAMPAIGN, { input: { organizationId, type: 'PROFILES_COLLECTION', name } }, { key, token });

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [row] = await server.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${sql}`, params);
    return Number(row!.n);
  }
  const campaignsNamed = (name: string) => count('campaigns.campaigns where name = ?', [name]);

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // Every request and every SQL statement logged: the stored bodies must appear nowhere.
    server = await startTestServer({}, { logger: createLogger('trace', sink) });
    // Left by an earlier day: the first keyed mutation of the process purges it.
    await server.orm.em.getConnection().execute(
      `insert into public.idempotency_keys (scope, key, fingerprint, status, response_body, http_status, created_at)
       values ('anonymous', 'yesterday-key', repeat('0', 64), 'COMPLETED', '{}', 200, now() - interval '25 hours')`,
    );
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    const admin = await addMember(server, support, organizationId);
    adminToken = admin.client.token!;
    advisorToken = (await addMember(server, admin.client, organizationId)).client.token!;
    otherAdvisorToken = (await addMember(server, admin.client, organizationId)).client.token!;
  });
  afterAll(() => server?.close());

  it('applies a mutation sent twice with one key once, and replays the first answer', async () => {
    const first = await createCampaign('Collecte rejouée', 'key-replay-1');
    const second = await createCampaign('Collecte rejouée', 'key-replay-1');

    expect(first.status).toBe(200);
    expect(first.body.data?.createCampaign.id).toBeTruthy();
    expect(first.replayed).toBeNull();
    expect(second.status).toBe(200);
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await campaignsNamed('Collecte rejouée')).toBe(1);
  });

  it('refuses the same key with another request (422 IDEMPOTENCY_KEY_REUSED) and changes nothing', async () => {
    await createCampaign('Collecte A', 'key-reused');
    const other = await createCampaign('Collecte B', 'key-reused');

    expect(other.status).toBe(422);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await campaignsNamed('Collecte B')).toBe(0);
    expect(await campaignsNamed('Collecte A')).toBe(1);
  });

  it('gives ten concurrent requests with one key one campaign and ten identical answers', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => createCampaign('Collecte simultanée', 'key-concurrent')));

    expect(await campaignsNamed('Collecte simultanée')).toBe(1);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(answers.every((answer) => answer.status === 200 && answer.body.data?.createCampaign.id)).toBe(true);
    expect(answers.filter((answer) => answer.replayed === 'true')).toHaveLength(9);
  });

  it('makes a duplicate that another process is running wait for it, then replays its answer (or runs, if it rolled back)', async () => {
    // The other process: a transaction holding the key, as the first request's would.
    const other = new pg.Client({ connectionString: server.config.databaseUrl });
    await other.connect();
    const scope = `user:${(await call('{ me { id } }', {}, { token: advisorToken })).body.data?.me.id}`;
    const holdKey = async (key: string, name: string) => {
      const variables = { input: { organizationId, type: 'PROFILES_COLLECTION', name } };
      await other.query('begin');
      await other.query(`insert into public.idempotency_keys (scope, key, fingerprint, status) values ($1, $2, $3, 'IN_PROGRESS')`, [
        scope,
        key,
        requestFingerprint({ query: CREATE_CAMPAIGN, variables, operationName: null }),
      ]);
    };
    const waitingOnTheKey = async () => {
      for (;;) {
        const [row] = await server.orm.em.getConnection().execute<{ n: string }[]>(
          `select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%idempotency_keys%'`,
        );
        if (Number(row!.n) > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      await holdKey('key-other-process', 'Collecte ailleurs');
      const duplicate = createCampaign('Collecte ailleurs', 'key-other-process');
      await waitingOnTheKey();
      const stored = { data: { createCampaign: { id: 'from-the-other-process', name: 'Collecte ailleurs', code: 'AAAAAA222' } } };
      await other.query(`update public.idempotency_keys set status = 'COMPLETED', response_body = $1, http_status = 200 where key = 'key-other-process'`, [stored]);
      await other.query('commit');
      const answer = await duplicate;
      expect(answer.replayed).toBe('true');
      expect(answer.body).toEqual(stored);
      expect(await campaignsNamed('Collecte ailleurs')).toBe(0);

      await holdKey('key-other-rollback', 'Collecte reprise');
      const next = createCampaign('Collecte reprise', 'key-other-rollback');
      await waitingOnTheKey();
      await other.query('rollback');
      expect((await next).replayed).toBeNull();
      expect(await campaignsNamed('Collecte reprise')).toBe(1);
    } finally {
      await other.end();
    }
  });

  /** Fails the storing of the next answer, once (a sequence is not rolled back with the transaction). */
  async function withStoringFault(work: () => Promise<void>): Promise<void> {
    const connection = server.orm.em.getConnection();
    await connection.execute(`create sequence public.fault_once`);
    await connection.execute(`create function public.fail_once() returns trigger language plpgsql as $$
      begin
        if nextval('public.fault_once') = 1 then raise exception 'injected fault'; end if;
        return new;
      end $$`);
    await connection.execute(`create trigger fail_once before update on public.idempotency_keys for each row execute function public.fail_once()`);
    try {
      await work();
    } finally {
      await connection.execute(`drop trigger fail_once on public.idempotency_keys`);
      await connection.execute(`drop function public.fail_once()`);
      await connection.execute(`drop sequence public.fault_once`);
    }
  }

  it('leaves nothing when the outcome cannot be stored, and the retry with the same key applies it once', async () => {
    await withStoringFault(async () => {
      const failed = await createCampaign('Collecte après panne', 'key-fault');
      expect(failed.status).toBe(500);
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(failed.body.data ?? null).toBeNull();
      expect(await campaignsNamed('Collecte après panne')).toBe(0);
      expect(await count('public.idempotency_keys where key = ?', ['key-fault'])).toBe(0);

      const retried = await createCampaign('Collecte après panne', 'key-fault');
      expect(retried.status).toBe(200);
      expect(retried.replayed).toBeNull();
      expect(await campaignsNamed('Collecte après panne')).toBe(1);
      const again = await createCampaign('Collecte après panne', 'key-fault');
      expect(again.replayed).toBe('true');
      expect(again.text).toBe(retried.text);
      expect(await campaignsNamed('Collecte après panne')).toBe(1);
    });
  });

  it('writes invitations and their outbox e-mails in the keyed transaction: a failed answer leaves neither', async () => {
    const email = 'cle.invitation@example.fr';
    const invite = () => call(INVITE, { organizationId, emails: [email], role: null }, { key: 'key-invite', token: adminToken });
    await withStoringFault(async () => {
      expect((await invite()).status).toBe(500);
      expect(await count('organizations.invitations where email = ?', [email])).toBe(0);
      expect(await count('public.mail_outbox where recipient = ?', [email])).toBe(0);

      expect((await invite()).replayed).toBeNull();
      expect((await invite()).replayed).toBe('true');
    });
    expect(await count('organizations.invitations where email = ?', [email])).toBe(1);
    expect(await count('public.mail_outbox where recipient = ?', [email])).toBe(1);
  });

  it('does not store a server error: the retry with the same key runs the mutation', async () => {
    const knexClient = server.orm.em.getConnection().getKnex().client as unknown as NodeJS.EventEmitter;
    let armed = true;
    // Fails the request right after its insert ran (as when the connection drops there).
    const fault = (_response: unknown, query: { sql: string }) => {
      if (armed && /^insert into campaigns\.campaigns/.test(query.sql)) {
        armed = false;
        throw new Error('injected fault after the insert');
      }
    };
    knexClient.on('query-response', fault);
    try {
      const failed = await createCampaign('Collecte coupée', 'key-server-error');
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      knexClient.off('query-response', fault);
    }
    expect(await campaignsNamed('Collecte coupée')).toBe(0);

    const retried = await createCampaign('Collecte coupée', 'key-server-error');
    expect(retried.replayed).toBeNull();
    expect(retried.body.data?.createCampaign.id).toBeTruthy();
    expect(await campaignsNamed('Collecte coupée')).toBe(1);
  });

  it('keeps the keys of two people apart', async () => {
    const mine = await createCampaign('Collecte de Camille', 'shared-key', advisorToken);
    const theirs = await createCampaign('Collecte de Dominique', 'shared-key', otherAdvisorToken);

    expect(theirs.status).toBe(200);
    expect(theirs.replayed).toBeNull();
    expect(theirs.body.data?.createCampaign.id).not.toBe(mine.body.data?.createCampaign.id);
    expect(await campaignsNamed('Collecte de Camille')).toBe(1);
    expect(await campaignsNamed('Collecte de Dominique')).toBe(1);
  });

  it('replays an anonymous sign-up: one account, the same tokens, and the tokens never reach the logs', async () => {
    const person = buildSignUp();
    const input = { ...person, acceptTermsOfService: true };
    const first = await call(SIGN_UP, { input }, { key: 'signup-key-1' });
    const retry = await call(SIGN_UP, { input }, { key: 'signup-key-1' });

    expect(first.body.data?.signUp.accessToken).toBeTruthy();
    expect(retry.replayed).toBe('true');
    expect(retry.body.data?.signUp).toEqual(first.body.data?.signUp);
    expect(await count('organizations.users where email = ?', [person.email])).toBe(1);
    const all = lines.join('');
    expect(all).not.toContain(first.body.data?.signUp.accessToken);
    expect(all).not.toContain(first.body.data?.signUp.refreshToken.split('.')[1]);
  });

  it('stores a business refusal and replays it like a success', async () => {
    const person = buildSignUp();
    await call(SIGN_UP, { input: { ...person, acceptTermsOfService: true } }, {});
    const input = { ...person, firstName: 'Autre', acceptTermsOfService: true };
    const refused = await call(SIGN_UP, { input }, { key: 'signup-refused' });
    const replayed = await call(SIGN_UP, { input }, { key: 'signup-refused' });

    expect(refused.body.errors?.[0]?.extensions?.code).toBe('EMAIL_ALREADY_USED');
    expect(replayed.replayed).toBe('true');
    expect(replayed.text).toBe(refused.text);
  });

  it('refuses a malformed key with BAD_USER_INPUT (HTTP 400) and runs nothing', async () => {
    for (const key of ['x'.repeat(256), 'clé-accentuée', '']) {
      const answer = await createCampaign('Collecte clé invalide', key);
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'Idempotency-Key' }] });
    }
    expect(await campaignsNamed('Collecte clé invalide')).toBe(0);
    const longest = await createCampaign('Collecte clé longue', 'k'.repeat(255));
    expect(longest.status).toBe(200);
  });

  it('lets queries ignore the header', async () => {
    const answer = await call('{ me { id } }', {}, { key: 'x'.repeat(300), token: advisorToken });
    expect(answer.status).toBe(200);
    expect(answer.body.data?.me.id).toBeTruthy();
    expect(answer.replayed).toBeNull();
  });

  it('forgets a key after its time to live: the old row is purged and the same key runs again', async () => {
    expect(await count(`public.idempotency_keys where key = 'yesterday-key'`, [])).toBe(0);

    await createCampaign('Collecte expirée', 'key-expiring');
    await server.orm.em.getConnection().execute(`update public.idempotency_keys set created_at = now() - interval '25 hours' where key = 'key-expiring'`);
    const later = await createCampaign('Collecte expirée', 'key-expiring');

    expect(later.replayed).toBeNull();
    expect(await campaignsNamed('Collecte expirée')).toBe(2);
  });
});
