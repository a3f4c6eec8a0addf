import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, LOGIN } from '@orga-spe/api/testing';
import { startApp, type RunningApp } from '../support/app.js';

const ADMIN = { email: 'admin@structure.example.fr', password: 'Un-mot-de-passe-solide-2026' };
const ADVISOR = { email: 'lea.martin@demo.orga-spe.fr', password: 'Pix-emploi-2026' };

/**
 * A newcomer runs `npm start` as the README says, with no NODE_ENV, and tries ADMIN_EMAIL at the
 * same time: they get the demo and their super admin, and errors that show no server internals.
 */
describe('API journey: npm start without NODE_ENV, with ADMIN_EMAIL, on an empty database', () => {
  let app: RunningApp;
  const client = () => new GraphQLClient(`${app.url}/graphql`);

  beforeAll(async () => {
    // An empty NODE_ENV is read as unset (the README's command).
    app = await startApp({ env: { NODE_ENV: '', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
  });
  afterAll(() => app?.stop());

  it('loads the demo beside the bootstrapped super admin, and prints its banner', async () => {
    await app.waitForOutput('Pix-emploi-2026');
    expect(app.output()).toContain('demo data loaded into the empty database');
    for (const account of [ADMIN, ADVISOR]) {
      const { login } = await client().ok<{ login: { accessToken: string } }>(LOGIN, account);
      expect(login.accessToken, account.email).toEqual(expect.any(String));
    }
  });

  it('answers errors without stack trace or server paths, and keeps introspection for a sandbox', async () => {
    const refused = await client().request(LOGIN, { email: ADVISOR.email, password: 'not-the-password' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const invalid = await client().request('{ me { nope } }');
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const answer of [refused, invalid]) expect(JSON.stringify(answer.errors)).not.toMatch(/stacktrace|\.ts:\d+|\/src\//);
    const schema = await client().request('{ __schema { queryType { name } } }');
    expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
