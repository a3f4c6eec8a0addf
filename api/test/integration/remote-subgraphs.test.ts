import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/shared/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { createTestDatabase } from '../support/database.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { signUpAs, TEST_AUTH_SECRET, TEST_ENGINE_SECRET } from '../support/index.js';
import { SUBGRAPH_NAMES } from '../../src/shared/config.js';

/**
 * The deployment shape for when one machine is not enough: each subgraph in its own server and a
 * gateway reaching them over HTTP. Here they are servers of this process on loopback ports.
 */
describe.each(['apollo', 'hive'])('gateway (GATEWAY=%s) over HTTP to subgraphs served on their own', (engine) => {
  const servers: RunningServer[] = [];
  let gateway: RunningServer;
  let dropDatabase: () => Promise<void>;

  const env = { NODE_ENV: 'test', AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET };
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

  beforeAll(async () => {
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    const urls: Record<string, string> = {};
    for (const subgraph of SUBGRAPH_NAMES) {
      const server = await startServer(loadConfig({ ...env, SUBGRAPH: subgraph }, { port: 0, databaseUrl: database.url }), logger);
      servers.push(server);
      urls[subgraph] = `${server.url}/graphql`;
    }
    const subgraphUrls = Object.entries(urls).map(([name, url]) => `${name}=${url}`).join(',');
    gateway = await startServer(loadConfig({ ...env, SUBGRAPH_URLS: subgraphUrls, GATEWAY: engine }, { port: 0, consoleDir: '/nonexistent' }), logger);
  });

  afterAll(async () => {
    await gateway?.close();
    for (const server of servers) await server.close();
    await dropDatabase?.();
  });

  it('serves one subgraph alone, with the federation fields a gateway needs', async () => {
    const organizations = new GraphQLClient(`${servers[0]!.url}/graphql`);
    const { _service } = await organizations.ok('{ _service { sdl } }');
    expect(_service.sdl).toContain('type User');
    expect(_service.sdl).toContain('@key(fields: "id")');
  });

  it('holds no database in the gateway process', () => {
    expect(gateway.orm).toBeUndefined();
  });

  it('signs up and reads me through the remote gateway, the subgraph authenticating the forwarded token', async () => {
    const client = new GraphQLClient(`${gateway.url}/graphql`);
    const person = await signUpAs(client);
    const { me } = await client.ok('{ me { id email } }');
    expect(me).toEqual({ id: person.user.id, email: person.email });
  });

  it('resolves an entity across two subgraphs over HTTP: the e-mail from organizations, the profile from certification', async () => {
    const client = new GraphQLClient(`${gateway.url}/graphql`);
    const person = await signUpAs(client);
    const { me } = await client.ok('{ me { email profile { pixScore competences { competence { code } level } } } }');
    expect(me.email).toBe(person.email);
    expect(me.profile.pixScore).toBe(0);
    expect(me.profile.competences).toHaveLength(16);
    expect(me.profile.competences[0]).toEqual({ competence: { code: '1.1' }, level: 0 });
  });

  it('passes the subgraph refusal of a forged token to the caller with its code', async () => {
    const client = new GraphQLClient(`${gateway.url}/graphql`).withToken('forged.token.value');
    const result = await client.request('{ me { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
  it('refuses a mutation with an Idempotency-Key it could not honour (no database), and runs nothing', async () => {
    const email = `remote.${Date.now()}@example.fr`;
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'remote-key-1' },
      body: JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
        variables: { input: { email, password: 'Secret-pass-42', firstName: 'Ana', lastName: 'Remote', acceptTermsOfService: true } },
      }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_UNSUPPORTED');
    const login = await new GraphQLClient(`${gateway.url}/graphql`).errorCodes('mutation ($email: String!) { login(email: $email, password: "Secret-pass-42") { accessToken } }', { email });
    expect(login).toEqual(['INVALID_CREDENTIALS']);
  });
});
