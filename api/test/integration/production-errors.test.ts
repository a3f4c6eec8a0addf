import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAs, startTestServer, type TestServer } from '../support/index.js';

describe('errors in production mode', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ env: 'production' });
  });
  afterAll(() => server?.close());

  it('answers a database failure with INTERNAL_SERVER_ERROR, without stack trace or SQL text', async () => {
    const client = server.client();
    await signUpAs(client);
    // Break the database under the running server: the next read of a user fails in SQL.
    await server.orm.em.getConnection().execute('alter table organizations.users rename column first_name to first_name_broken');
    try {
      const result = await client.request('{ me { id firstName } }');
      const body = JSON.stringify(result.errors);
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body).not.toMatch(/stacktrace|select|first_name|organizations\.|at \//i);
    } finally {
      await server.orm.em.getConnection().execute('alter table organizations.users rename column first_name_broken to first_name');
    }
  });

  it('still names the broken rules of bad input', async () => {
    const result = await server.client().request('mutation { login(email: 1, password: "x") { accessToken } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toContain('stacktrace');
  });
});
