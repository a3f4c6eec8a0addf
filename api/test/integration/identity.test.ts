import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { LOGIN, SIGN_UP, buildSignUp, signUpAs, startTestServer, TEST_AUTH_SECRET, TEST_ENGINE_SECRET, type TestServer } from '../support/index.js';

const ME = /* GraphQL */ `{ me { id email firstName lastName supportRole hasAcceptedTermsOfService } }`;

describe('identity through the gateway', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ loginThrottle: { perAccount: 3, perAddress: 1000, windowSeconds: 900 } });
  });
  afterAll(() => server?.close());

  it('answers me with null for an anonymous caller', async () => {
    const { data, errors } = await server.client().request(ME);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ me: null });
  });

  it('signs a person up, stores the e-mail normalised, and knows them through their token', async () => {
    const client = server.client();
    const person = await signUpAs(client, { email: '  Nadia.Haddad@Example.FR ', firstName: 'Nadia', lastName: 'Haddad' });
    const { me } = await client.ok(ME);
    expect(me).toMatchObject({ id: person.user.id, email: 'nadia.haddad@example.fr', firstName: 'Nadia', supportRole: null, hasAcceptedTermsOfService: true });
  });

  it('refuses a second account whose e-mail differs only by case', async () => {
    const data = buildSignUp({ email: 'same.person@example.fr' });
    await server.client().ok(SIGN_UP, { input: data });
    const codes = await server.client().errorCodes(SIGN_UP, { input: { ...data, email: 'SAME.Person@example.fr' } });
    expect(codes).toEqual(['EMAIL_ALREADY_USED']);
  });

  it('refuses weak passwords and malformed e-mails with BAD_USER_INPUT naming the fields, and never echoes the password', async () => {
    const result = await server.client().request(SIGN_UP, { input: buildSignUp({ email: 'not-an-email', password: 'short' }) });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fields as { field: string }[]).map((field) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    expect(JSON.stringify(result)).not.toContain('short');
  });

  it('logs in case-insensitively and gives the same error for a wrong password and an unknown e-mail', async () => {
    const person = await signUpAs(server.client());
    const login = await server.client().ok(LOGIN, { email: person.email.toUpperCase(), password: person.password });
    expect(login.login.user.id).toBe(person.user.id);

    const wrongPassword = await server.client().request(LOGIN, { email: person.email, password: 'Wrong-pass-1' });
    const unknownEmail = await server.client().request(LOGIN, { email: 'nobody@example.fr', password: 'Wrong-pass-1' });
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.errors?.[0]?.message).toBe(unknownEmail.errors?.[0]?.message);
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const person = await signUpAs(server.client());
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await server.client().errorCodes(LOGIN, { email: person.email, password: 'Wrong-pass-1' })).toEqual(['INVALID_CREDENTIALS']);
    }
    const blocked = await server.client().request(LOGIN, { email: person.email, password: person.password });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('logout revokes the session: the same token is refused at once, and so is its refresh token', async () => {
    const client = server.client();
    const person = await signUpAs(client);
    expect((await client.ok(ME)).me.id).toBe(person.user.id);
    expect(await client.ok('mutation { logout }')).toEqual({ logout: true });

    const after = await client.request(ME);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    const refresh = await server.client().errorCodes(REFRESH, { refreshToken: person.refreshToken });
    expect(refresh).toEqual(['UNAUTHENTICATED']);
  });

  it('rotates refresh tokens: a refresh token works once', async () => {
    const person = await signUpAs(server.client());
    const first = await server.client().ok(REFRESH, { refreshToken: person.refreshToken });
    expect(first.refreshAccessToken.user.id).toBe(person.user.id);
    expect(await server.client().errorCodes(REFRESH, { refreshToken: person.refreshToken })).toEqual(['UNAUTHENTICATED']);
    const me = await server.client().withToken(first.refreshAccessToken.accessToken).ok(ME);
    expect(me.me.id).toBe(person.user.id);
  });

  it('asks an anonymous caller to sign in before acting', async () => {
    expect(await server.client().errorCodes('mutation { logout }')).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses expired and forged tokens with UNAUTHENTICATED and a reason, never as a server error', async () => {
    const person = await signUpAs(server.client());
    const [, payload] = person.accessToken.split('.');
    const { sid } = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const key = new TextEncoder().encode(TEST_AUTH_SECRET);
    const expired = await new SignJWT({ sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(person.user.id)
      .setIssuer('orga-spe')
      .setAudience('orga-spe')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 1800)
      .sign(key);
    const forged = await new SignJWT({ sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(person.user.id)
      .setIssuer('orga-spe')
      .setAudience('orga-spe')
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));

    for (const [token, reason] of [[expired, 'TOKEN_EXPIRED'], [forged, 'TOKEN_INVALID'], ['garbage', 'TOKEN_INVALID']] as const) {
      const result = await server.client().withToken(token).request(ME);
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    }
  });

  it('answers a malformed query with a parse error code', async () => {
    const result = await server.client().request('{ me { id ');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('knows the assessment engine by its own secret, and refuses a wrong one', async () => {
    const engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    expect(await engine.ok(ME)).toEqual({ me: null });
    expect(await engine.errorCodes('mutation { logout }')).toEqual(['FORBIDDEN']);

    const impostor = server.client();
    impostor.authorization = `Service ${TEST_ENGINE_SECRET}x`;
    const result = await impostor.request(ME);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records terms acceptance once', async () => {
    const client = server.client();
    await client.ok(SIGN_UP, { input: { ...buildSignUp(), acceptTermsOfService: false } }).then((data) => client.withToken(data.signUp.accessToken));
    expect((await client.ok(ME)).me.hasAcceptedTermsOfService).toBe(false);
    expect((await client.ok('mutation { acceptTermsOfService { hasAcceptedTermsOfService } }')).acceptTermsOfService.hasAcceptedTermsOfService).toBe(true);
    expect((await client.ok(ME)).me.hasAcceptedTermsOfService).toBe(true);
  });
});

const REFRESH = /* GraphQL */ `
  mutation Refresh($refreshToken: String!) {
    refreshAccessToken(refreshToken: $refreshToken) { accessToken refreshToken user { id } }
  }
`;

describe('SQL statements per request', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('reads me with one statement: the session check loads the user once for the whole request', async () => {
    const client = server.client();
    await signUpAs(client);
    const result = await client.request(ME);
    expect(result.data?.me).toBeTruthy();
    expect(result.headers.get('x-sql-statements')).toBe('1');
  });
});
