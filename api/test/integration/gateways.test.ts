import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/shared/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { addMember, createOrganization, startTestServer, supportClient, TEST_AUTH_SECRET, TEST_ENGINE_SECRET, type TestServer } from '../support/index.js';
import { SupportRole } from '../../src/shared/auth/principal.js';

/**
 * GATEWAY=apollo (@apollo/gateway) and GATEWAY=hive (Hive Gateway's router runtime) over one
 * database: a client must get the same answer from both, byte for byte, status and headers included.
 */

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  body: unknown;
}

const HEADERS = ['content-type', 'x-sql-statements', 'idempotency-replayed', 'retry-after', 'cache-control'];

describe('the two gateway engines answer alike', () => {
  let apollo: TestServer;
  let hive: RunningServer;
  let adminToken: string;
  let organizationId: string;
  let campaign: { id: string; code: string };

  async function call(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, headers: Object.fromEntries(HEADERS.map((name) => [name, response.headers.get(name)])), body: JSON.parse(text) };
  }

  /** The same request to both: the answers, for the assertions on what a client sees. */
  async function both(body: unknown, headers: Record<string, string> = {}) {
    const fromApollo = await call(apollo.url, body, headers);
    const fromHive = await call(hive.url, body, headers);
    return { fromApollo, fromHive };
  }
  const bearer = () => ({ authorization: `Bearer ${adminToken}` });

  beforeAll(async () => {
    apollo = await startTestServer({ gateway: 'apollo' });
    const config = loadConfig(
      { NODE_ENV: 'test', AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET },
      { port: 0, databaseUrl: apollo.config.databaseUrl, consoleDir: '/nonexistent', gateway: 'hive' },
    );
    hive = await startServer(config, createLogger('silent'));
    const { client: support } = await supportClient(apollo, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    adminToken = (await addMember(apollo, support, organizationId, 'ADMIN')).client.token!;
    const created = await call(
      apollo.url,
      { query: 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }', variables: { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte comparée' } } },
      bearer(),
    );
    campaign = (created.body as { data: { createCampaign: { id: string; code: string } } }).data.createCampaign;
  });
  afterAll(async () => {
    await hive?.close();
    await apollo?.close();
  });

  it('a public landing page, and an unknown code (NOT_FOUND, data null)', async () => {
    const query = 'query ($code: String!) { campaignToJoin(code: $code) { code title organizationName isJoinable isArchived myParticipation { id } } }';
    const known = await both({ query, variables: { code: campaign.code } });
    expect(known.fromHive).toEqual(known.fromApollo);
    expect(known.fromApollo.body).toMatchObject({ data: { campaignToJoin: { code: campaign.code, isJoinable: true } } });
    expect(known.fromApollo.headers['x-sql-statements']).toMatch(/^\d+$/);

    const unknown = await both({ query, variables: { code: 'INCONNU00' } });
    expect(unknown.fromHive).toEqual(unknown.fromApollo);
    expect(unknown.fromApollo.body).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('a signed-in read across subgraphs: me, its memberships and organisations, their campaigns', async () => {
    const me = await both({ query: '{ me { id email memberships { id role organization { id name type } } } }' }, bearer());
    expect(me.fromHive).toEqual(me.fromApollo);
    expect(me.fromApollo.body).toMatchObject({ data: { me: { memberships: [{ role: 'ADMIN', organization: { id: organizationId } }] } } });

    const campaigns = await both(
      { query: 'query ($id: ID!) { organization(id: $id) { name campaigns(first: 5) { totalCount nodes { name code organization { name } } } } }', variables: { id: organizationId } },
      bearer(),
    );
    expect(campaigns.fromHive).toEqual(campaigns.fromApollo);
    expect(campaigns.fromApollo.body).toMatchObject({ data: { organization: { campaigns: { totalCount: 1, nodes: [{ code: campaign.code }] } } } });

    // An error inside an entity fetch (the campaigns subgraph, under organizations' data): same path, same code.
    const nested = await both({ query: '{ me { memberships { organization { name campaigns(first: -1) { totalCount } } } } }' }, bearer());
    expect(nested.fromHive).toEqual(nested.fromApollo);
    expect((nested.fromApollo.body as { errors: { path: unknown[] }[] }).errors[0]!.path).toEqual(['me', 'memberships', 0, 'organization', 'campaigns']);
  });

  it('refusals: a bad token (401), an unknown field (400), a query too deep (armor), a campaign of another tenant', async () => {
    const badToken = await both({ query: '{ me { id } }' }, { authorization: 'Bearer not-a-token' });
    expect(badToken.fromHive).toEqual(badToken.fromApollo);
    expect(badToken.fromApollo.status).toBe(401);

    // Variables that do not fit the operation: a request error (400 BAD_USER_INPUT, no data), not a 500.
    for (const variables of [{ code: 5 }, {}, { code: 'x'.repeat(3), extra: true }]) {
      const badVariables = await both({ query: 'query ($code: String!) { campaignToJoin(code: $code) { code } }', variables });
      expect(badVariables.fromHive).toEqual(badVariables.fromApollo);
    }
    const wrongEnum = await both({ query: 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', variables: { input: { organizationId, type: 'NOPE', name: 'x' } } }, bearer());
    expect(wrongEnum.fromHive).toEqual(wrongEnum.fromApollo);
    expect(wrongEnum.fromApollo).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });

    const unknownField = await both({ query: '{ me { id nope } }' }, bearer());
    expect(unknownField.fromHive).toEqual(unknownField.fromApollo);
    expect(unknownField.fromApollo.status).toBe(400);

    const nest = (levels: number): string => (levels === 0 ? 'id' : `organization { campaigns { nodes { ${nest(levels - 1)} } } }`);
    const deep = `{ me { memberships { ${nest(5)} } } }`;
    const tooDeep = await both({ query: deep }, bearer());
    expect(tooDeep.fromHive).toEqual(tooDeep.fromApollo);
    expect(tooDeep.fromApollo.body).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });

    const { client: otherSupport } = await supportClient(apollo, SupportRole.SUPPORT);
    const otherAdmin = await addMember(apollo, otherSupport, (await createOrganization(otherSupport)).id, 'ADMIN');
    const foreign = await both({ query: 'query ($id: ID!) { campaign(id: $id) { id name } }', variables: { id: campaign.id } }, { authorization: `Bearer ${otherAdmin.client.token}` });
    expect(foreign.fromHive).toEqual(foreign.fromApollo);
    expect((foreign.fromApollo.body as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
  });

  it('a mutation with an Idempotency-Key: run through one gateway, replayed identically through the other', async () => {
    const rename = { query: 'mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id name } }', variables: { id: campaign.id, input: { name: 'Collecte renommée' } } };
    const first = await call(hive.url, rename, { ...bearer(), 'idempotency-key': 'gateways-rename' });
    const replay = await call(apollo.url, rename, { ...bearer(), 'idempotency-key': 'gateways-rename' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ data: { updateCampaign: { name: 'Collecte renommée' } } });
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);

    const invalid = await both({ ...rename, variables: { ...rename.variables, input: { name: '' } } }, bearer());
    expect(invalid.fromHive).toEqual(invalid.fromApollo);
    expect((invalid.fromApollo.body as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  });
});
