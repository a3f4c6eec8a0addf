import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, LOGIN } from '@orga-spe/api/testing';
import { DEMO_ACCOUNTS } from '@orga-spe/seeds';
import { CONSOLE_INDEX, startApp, type RunningApp } from '../support/app.js';

const ADVISOR = { email: 'lea.martin@demo.orga-spe.fr', password: 'Pix-emploi-2026' };
const ME = /* GraphQL */ `{ me { email firstName } }`;
const SEEDED = 'demo data loaded into the empty database';

/**
 * The API journey over real HTTP, against the application started as `npm start` starts it:
 * embedded PostgreSQL in an empty data folder, migrations, the demo seeded, the gateway.
 */
describe('API journey: the demo advisor signs in', () => {
  let app: RunningApp;
  const client = () => new GraphQLClient(`${app.url}/graphql`);

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('prints the demo banner with every demo account and the shared password', async () => {
    await app.waitForOutput('Pix-emploi-2026');
    const output = app.output();
    expect(output).toContain('Demo accounts (password for all in the initial demo: Pix-emploi-2026)');
    for (const { email } of DEMO_ACCOUNTS) expect(output).toContain(email);
    expect(output).toContain(ADVISOR.email);
    expect(output).toContain(SEEDED);
  });

  it('answers the health and readiness probes', async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });

  it('answers me: null to an anonymous caller', async () => {
    const result = await client().request(`{ me { __typename } }`);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: null });
  });

  it('signs the demo advisor in and knows who she is', async () => {
    const { login } = await client().ok<{ login: { accessToken: string; user: { email: string } } }>(LOGIN, ADVISOR);
    expect(login.accessToken).toEqual(expect.any(String));
    expect(login.user.email).toBe(ADVISOR.email);

    const { me } = await client().withToken(login.accessToken).ok(ME);
    expect(me).toEqual({ email: ADVISOR.email, firstName: 'Léa' });
  });

  it('refuses a wrong password with INVALID_CREDENTIALS', async () => {
    expect(await client().errorCodes(LOGIN, { ...ADVISOR, password: 'not-the-password' })).toEqual(['INVALID_CREDENTIALS']);
  });

  it.skipIf(!existsSync(CONSOLE_INDEX))('serves the built console at /', async () => {
    const response = await fetch(`${app.url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/<div id="root">/);
  });

  // Last: it replaces the application of this file by a second one on the same data folder.
  it('restarts on the same data folder: stops cleanly, keeps the data, does not seed again', async () => {
    const { dataDir } = app;
    const { accessToken: before } = (await client().ok<{ login: { accessToken: string } }>(LOGIN, ADVISOR)).login;

    const outcome = await app.stop({ keepDataDir: true });
    expect(outcome).toEqual({ code: 0, signal: null, killed: false });
    expect(app.output()).toContain('"msg":"stopping"');

    app = await startApp({ dataDir });
    await app.waitForOutput('Pix-emploi-2026');
    expect(app.output()).not.toContain(SEEDED);
    expect(app.output()).not.toContain('migrations applied');

    // The data survived: the same account signs in, and the secrets kept in the data folder
    // still validate the token issued before the restart.
    const { login } = await client().ok<{ login: { accessToken: string } }>(LOGIN, ADVISOR);
    const { me } = await client().withToken(login.accessToken).ok(ME);
    expect(me).toEqual({ email: ADVISOR.email, firstName: 'Léa' });
    expect((await client().withToken(before).ok(ME)).me).toEqual({ email: ADVISOR.email, firstName: 'Léa' });
  });
});
