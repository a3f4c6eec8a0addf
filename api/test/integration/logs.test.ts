import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, INVITE, LOGIN, SIGN_UP, buildSignUp, createOrganization, invitationCode, startTestServer, supportClient, type TestServer } from '../support/index.js';
import { createLogger } from '../../src/shared/logger.js';
import { SupportRole } from '../../src/shared/auth/principal.js';

describe('logs', () => {
  const lines: string[] = [];
  let server: TestServer;
  const sql = (statement: string) => server.orm.em.getConnection().execute(statement);

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // The most verbose level: every request and every SQL statement is logged.
    server = await startTestServer({}, { logger: createLogger('trace', sink) });
  });
  afterAll(() => server?.close());

  it('never contain a password or a token, even at trace level', async () => {
    const person = buildSignUp({ password: 'Very-Secret-Pass-1977' });
    const { signUp } = await server.client().ok(SIGN_UP, { input: person });
    await server.client().request(LOGIN, { email: person.email, password: 'Wrong-Secret-Pass-1977' });
    await server.client().withToken(signUp.accessToken).ok('{ me { id } }');

    const all = lines.join('');
    expect(all).toContain('/graphql');
    expect(all).toContain('select');
    expect(all).not.toContain('Very-Secret-Pass-1977');
    expect(all).not.toContain('Wrong-Secret-Pass-1977');
    expect(all).not.toContain(signUp.accessToken);
    expect(all).not.toContain(signUp.refreshToken.split('.')[1]);
  });

  it('never hold SQL values, password hashes, codes or personal data when the database fails', { timeout: 90_000 }, async () => {
    const from = lines.length;
    const secrets: string[] = [];
    const keep = <T extends string>(value: T) => (secrets.push(value), value);

    // A sign-up race: two requests for one address (a unique violation for one of them).
    const racer = buildSignUp({ email: keep(`racer.${Date.now()}@example.fr`), password: keep('Race-Secret-Pass-1977'), lastName: keep('Racedupont') });
    const race = await Promise.all([0, 1].map(() => server.client().request(SIGN_UP, { input: racer })));
    expect(race.filter((result) => result.data?.signUp)).toHaveLength(1);

    // A write refused by a constraint: the INSERT carries the e-mail, the names and the argon2 hash.
    await sql(`alter table organizations.users add constraint log_probe check (last_name <> 'Refusedname') not valid`);
    try {
      const refused = buildSignUp({ email: keep(`refused.${Date.now()}@example.fr`), password: keep('Refused-Secret-Pass-1977'), firstName: keep('Eulalie'), lastName: keep('Refusedname') });
      const result = await server.client().request(SIGN_UP, { input: refused });
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql('alter table organizations.users drop constraint log_probe');
    }

    // A value longer than its column.
    await server.client().request(LOGIN, { email: keep(`${'l'.repeat(250)}@example.fr`), password: keep('Long-Secret-Pass-1977') });

    // A broken table under a look-up by invitation code.
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organization = await createOrganization(support);
    const invitee = keep(`invitee.${Date.now()}@example.fr`);
    const { inviteMembers } = await support.ok(INVITE, { organizationId: organization.id, emails: [invitee] });
    const code = keep(await invitationCode(server, inviteMembers[0].id));
    const accepting = buildSignUp({ email: invitee, password: keep('Invitee-Secret-Pass-1977') });
    const { signUp } = await server.client().ok(SIGN_UP, { input: accepting });
    keep(signUp.accessToken);
    await sql('alter table organizations.invitations rename column code to code_broken');
    try {
      const result = await server.client().withToken(signUp.accessToken).request(ACCEPT, { id: inviteMembers[0].id, code });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql('alter table organizations.invitations rename column code_broken to code');
    }

    // The invitation link as a browser opens it: the code rides in the query string.
    await fetch(`${server.url}/invitations/${inviteMembers[0].id}?code=${code}`, { headers: { accept: 'text/html' } });
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', referer: `${server.url}/invitations/${inviteMembers[0].id}?code=${code}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

    // Every connection of the app cut by the server (as a restart does), idle ones included.
    await sql(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.client().withToken(signUp.accessToken).ok('{ me { id } }');

    const logged = lines.slice(from);
    if (process.env.DUMP_LOGS) (await import('node:fs')).writeFileSync(process.env.DUMP_LOGS, logged.join(''));
    const all = logged.join('');
    // The faults were logged, with what explains them.
    expect(all).toContain('"constraint":"log_probe"');
    expect(all).toContain('"code":"23514"');
    expect(all).toContain('"code":"42703"');
    for (const secret of secrets) expect(all.includes(secret), secret).toBe(false);
    expect(all).not.toContain('$argon2');
    expect(all).not.toMatch(/@example\.fr/);
    expect(all).not.toMatch(/"(sql|parameters|params|detail|where|query)":"[^"]*'/);
    for (const line of logged) {
      const entry = JSON.parse(line) as { sql?: string };
      if (entry.sql) expect(entry.sql, entry.sql).not.toMatch(/'/);
    }
  });
});
