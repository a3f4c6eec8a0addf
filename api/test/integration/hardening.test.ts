import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAs, startTestServer, type TestServer } from '../support/index.js';
import { loadConfig } from '../../src/shared/config.js';

describe('production hardening', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: 'production', graphqlIntrospection: false, sqlStatementsHeader: false });
  });
  afterAll(() => server?.close());

  it('refuses introspection in production unless GRAPHQL_INTROSPECTION=true', async () => {
    const result = await server.client().request('{ __schema { queryType { name } } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const env = { AUTH_SECRET: 'x'.repeat(32), ENGINE_SECRET: 'y'.repeat(32), DATABASE_URL: 'postgres://localhost/x' };
    expect(loadConfig({ ...env, NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...env, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ ...env, NODE_ENV: 'development' }).graphqlIntrospection).toBe(true);
  });

  it('suggests no field, argument or enum value ("Did you mean")', async () => {
    const client = server.client();
    await signUpAs(client);
    const answers = [
      await client.request('{ mee { id } }'),
      await client.request('{ me { emial } }'),
      await client.request('{ organizations(filter: { type: MISSION_LOCAL }) { totalCount } }'),
      await client.request('query($filter: OrganizationFilter) { organizations(filter: $filter) { totalCount } }', { filter: { type: 'MISSION_LOCAL' } }),
    ];
    for (const answer of answers) {
      expect(answer.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(answer.errors)).not.toMatch(/Did you mean|MISSION_LOCALE|email/);
    }
  });

  it('sends the security headers and no x-sql-statements', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-sql-statements')).toBeNull();
  });
});

describe('outside production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('keeps introspection, suggestions and the SQL counter for development, without HSTS', async () => {
    const client = server.client();
    expect((await client.request('{ __schema { queryType { name } } }')).data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
    expect((await client.request('{ mee { id } }')).errors?.[0]?.message).toMatch(/Did you mean "me"/);
    const response = await client.request('{ me { id } }');
    expect(response.headers.get('x-sql-statements')).not.toBeNull();
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });
});
