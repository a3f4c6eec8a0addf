import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/shared/config.js';
import { startTestServer, TEST_AUTH_SECRET, TEST_ENGINE_SECRET, type TestServer } from '../support/index.js';

const BAD_LOGIN = 'mutation { login(email: "nobody@example.fr", password: "wrong-password") { accessToken } }';
const BAD_QUERY = '{ me { nope } }';

/**
 * `npm start` without NODE_ENV is what the README tells people to run, and so what some deploy:
 * its errors carry no stack trace (no server file paths); an explicit NODE_ENV=development does.
 * Introspection stays on without NODE_ENV (a newcomer's sandbox).
 */
describe('stack traces in GraphQL errors', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'orga-stack-traces-'));
  const modeOf = (NODE_ENV: string | undefined) => {
    const { env, stackTraces, graphqlIntrospection, sqlStatementsHeader } = loadConfig({ NODE_ENV, AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET, DATA_DIR: dataDir });
    return { env, stackTraces, graphqlIntrospection, sqlStatementsHeader };
  };
  let unset: TestServer;
  let development: TestServer;

  beforeAll(async () => {
    [unset, development] = await Promise.all([startTestServer(modeOf(undefined)), startTestServer(modeOf('development'))]);
  });
  afterAll(async () => {
    await Promise.all([unset?.close(), development?.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('without NODE_ENV: no stack trace, no file path, introspection still on', async () => {
    expect(modeOf(undefined)).toMatchObject({ stackTraces: false, graphqlIntrospection: true });
    for (const query of [BAD_LOGIN, BAD_QUERY]) {
      const result = await unset.client().request(query);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|\.ts:\d+|\/src\//);
    }
    const schema = await unset.client().request('{ __schema { queryType { name } } }');
    expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('with NODE_ENV=development: the stack trace, for whoever develops', async () => {
    expect(modeOf('development').stackTraces).toBe(true);
    const result = await development.client().request(BAD_LOGIN);
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(result.errors?.[0]?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/\bat /)]));
  });

  it('in production and in the test suites: none', () => {
    const env = { AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET, DATABASE_URL: 'postgres://localhost/x' };
    expect(loadConfig({ ...env, NODE_ENV: 'production' }).stackTraces).toBe(false);
    expect(loadConfig({ ...env, NODE_ENV: 'test' }).stackTraces).toBe(false);
  });
});
