import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN, signUpAs, startTestServer, type TestServer } from '../../support/index.js';
import { createLogger } from '../../../src/shared/logger.js';

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const LINK = /https?:\/\/\S+\/mot-de-passe\/([A-Za-z0-9_-]{43})/;

describe('password reset by e-mail', () => {
  let server: TestServer;
  const logLines: string[] = [];
  const sql = <T extends object[] = object[]>(statement: string, values: unknown[] = []) => server.orm.em.getConnection().execute<T>(statement, values);
  const mailsTo = (recipient: string) =>
    sql<{ subject: string; text_body: string; template: string }[]>('select subject, text_body, template from public.mail_outbox where recipient = ? order by created_at', [recipient]);
  const tokensIn = async (recipient: string) => (await mailsTo(recipient)).map((mail) => LINK.exec(mail.text_body)?.[1]).filter(Boolean) as string[];
  /** As if the last e-mail had left long ago, so that the next request is not throttled. */
  const pastThrottle = (email: string) =>
    sql(`update organizations.password_resets set last_sent_at = now() - interval '1 day' where user_id = (select id from organizations.users where email = ?)`, [email]);

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    server = await startTestServer(
      { publicUrl: 'https://orga.example.fr', passwordReset: { ttlMinutes: 60, intervalSeconds: 300 } },
      { logger: createLogger('trace', sink) },
    );
  });
  afterAll(() => server?.close());

  it('e-mails a link, sets the new password with it, and logs the account out everywhere', async () => {
    const phone = server.client();
    const person = await signUpAs(phone);
    const laptop = server.client();
    const laptopLogin = await laptop.ok(LOGIN, { email: person.email, password: person.password });
    laptop.withToken(laptopLogin.login.accessToken);

    expect(await server.client().ok(REQUEST, { email: `  ${person.email.toUpperCase()} ` })).toEqual({ requestPasswordReset: true });
    const [mail] = await mailsTo(person.email);
    expect(mail).toMatchObject({ template: 'password-reset', subject: 'Changer votre mot de passe Orga SPE' });
    expect(mail!.text_body).toContain('https://orga.example.fr/mot-de-passe/');
    expect(mail!.text_body).toContain('60 minutes');
    const [token] = await tokensIn(person.email);
    // Stored hashed: the token itself is nowhere in the table.
    const [stored] = await sql<{ token_hash: string }[]>('select token_hash from organizations.password_resets');
    expect(stored!.token_hash).not.toContain(token!);

    expect(await server.client().ok(RESET, { token, password: 'Nouveau-pass-2026' })).toEqual({ resetPassword: true });

    expect(await server.client().errorCodes(LOGIN, { email: person.email, password: person.password })).toEqual(['INVALID_CREDENTIALS']);
    const login = await server.client().ok(LOGIN, { email: person.email, password: 'Nouveau-pass-2026' });
    expect(login.login.user.id).toBe(person.user.id);
    // Both earlier sessions are closed: their tokens are refused at once, their refresh tokens too.
    expect(await phone.errorCodes('{ me { id } }')).toEqual(['UNAUTHENTICATED']);
    expect(await laptop.errorCodes('{ me { id } }')).toEqual(['UNAUTHENTICATED']);
    expect(await server.client().errorCodes('mutation ($t: String!) { refreshAccessToken(refreshToken: $t) { accessToken } }', { t: person.refreshToken })).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('uses a link once only', async () => {
    const person = await signUpAs(server.client());
    await server.client().ok(REQUEST, { email: person.email });
    const [token] = await tokensIn(person.email);
    await server.client().ok(RESET, { token, password: 'Premier-pass-2026' });
    const again = await server.client().request(RESET, { token, password: 'Second-pass-2026' });
    expect(again.errors?.[0]?.extensions?.code).toBe('RESET_TOKEN_INVALID');
    expect(again.errors?.[0]?.message).toContain('demandez-en un nouveau');
    expect((await server.client().request(LOGIN, { email: person.email, password: 'Premier-pass-2026' })).errors).toBeUndefined();
  });

  it('refuses an expired link and a forged one with the same answer, changing nothing', async () => {
    const person = await signUpAs(server.client());
    await server.client().ok(REQUEST, { email: person.email });
    const [token] = await tokensIn(person.email);
    await sql(`update organizations.password_resets set expires_at = now() - interval '1 second'`);
    const expired = await server.client().request(RESET, { token, password: 'Nouveau-pass-2026' });
    const forged = await server.client().request(RESET, { token: 'A'.repeat(43), password: 'Nouveau-pass-2026' });
    expect(expired.errors?.[0]?.extensions?.code).toBe('RESET_TOKEN_INVALID');
    expect(forged.errors?.[0]?.extensions).toEqual(expired.errors?.[0]?.extensions);
    expect(forged.errors?.[0]?.message).toBe(expired.errors?.[0]?.message);
    expect((await server.client().request(LOGIN, { email: person.email, password: person.password })).errors).toBeUndefined();
  });

  it('answers an unknown address exactly as a known one, and e-mails nobody', async () => {
    const person = await signUpAs(server.client());
    const known = await server.client().request(REQUEST, { email: person.email });
    const [{ count: before }] = await sql<{ count: string }[]>('select count(*) from public.mail_outbox');
    const unknown = await server.client().request(REQUEST, { email: 'personne.inconnue@example.fr' });
    // Same status and body (the x-sql-statements header, off in production, is left aside).
    expect({ status: unknown.status, data: unknown.data, errors: unknown.errors }).toEqual({ status: known.status, data: known.data, errors: known.errors });
    expect(await mailsTo('personne.inconnue@example.fr')).toEqual([]);
    const [{ count: after }] = await sql<{ count: string }[]>('select count(*) from public.mail_outbox');
    expect(after).toBe(before);
  });

  it('sends one e-mail per address per interval; a later request replaces the link, and the previous one stops working', async () => {
    const person = await signUpAs(server.client());
    await server.client().ok(REQUEST, { email: person.email });
    expect(await server.client().ok(REQUEST, { email: person.email })).toEqual({ requestPasswordReset: true });
    expect(await mailsTo(person.email)).toHaveLength(1);
    const [first] = await tokensIn(person.email);

    await pastThrottle(person.email);
    await server.client().ok(REQUEST, { email: person.email });
    const tokens = await tokensIn(person.email);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).not.toBe(first);
    expect(await server.client().errorCodes(RESET, { token: first, password: 'Nouveau-pass-2026' })).toEqual(['RESET_TOKEN_INVALID']);
    expect(await server.client().ok(RESET, { token: tokens[1], password: 'Nouveau-pass-2026' })).toEqual({ resetPassword: true });
  });

  it('applies the sign-up rules to the new password, naming them, and keeps the link for a better one', async () => {
    const person = await signUpAs(server.client());
    await server.client().ok(REQUEST, { email: person.email });
    const [token] = await tokensIn(person.email);
    const weak = await server.client().request(RESET, { token, password: 'faible' });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = weak.errors?.[0]?.extensions?.fields as { field: string; constraints: string[] }[];
    expect(fields).toEqual([{ field: 'password', constraints: ['minLength', 'uppercase', 'digit'] }]);
    expect(JSON.stringify(weak)).not.toContain('faible');
    expect(await server.client().ok(RESET, { token, password: 'Bien-meilleur-2026' })).toEqual({ resetPassword: true });
  });

  it('refuses a malformed address as input, not as an unknown account', async () => {
    expect(await server.client().errorCodes(REQUEST, { email: 'pas-une-adresse' })).toEqual(['BAD_USER_INPUT']);
  });

  it('never logs a reset token or the new password, even at trace level', async () => {
    const person = await signUpAs(server.client());
    await server.client().ok(REQUEST, { email: person.email });
    const [token] = await tokensIn(person.email);
    await server.client().ok(RESET, { token, password: 'Journal-secret-2026' });
    const all = logLines.join('');
    expect(all).toContain('password_resets');
    expect(all).not.toContain(token!);
    expect(all).not.toContain('Journal-secret-2026');
  });
});
