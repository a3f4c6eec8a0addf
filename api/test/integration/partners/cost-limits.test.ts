import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { createPartnerClient, networkId, partnerGraphQLClient, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const VIEWER = `{ partnerViewer { client { id } network { id } } }`;
const PAGE = (first: number) => `query ($id: ID!) { network(id: $id) { sharedResults(first: ${first}) { nodes { id campaign { id organization { id } } participant { id } competenceResults { competenceId } } } } }`;

describe('partner clients pay for what they ask, before it runs', () => {
  let server: TestServer;
  let superAdmin: GraphQLClient;
  let unml: string;

  /** POST /graphql as the client, with the statement count the server reports. */
  const post = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions: Record<string, any> }[]; extensions?: Record<string, any> };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), statements: Number(response.headers.get('x-sql-statements')), ...body };
  };
  const tokenOf = async (client: GraphQLClient) => client.token!;

  beforeAll(async () => {
    server = await startTestServer({ sqlStatementsHeader: true, partnerBudget: { pointsPerWindow: 500, windowSeconds: 3600, maxCostPerQuery: 300 } });
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    unml = await networkId(server, 'UNML');
  });
  afterAll(() => server?.close());

  const newClient = async (name: string) => tokenOf(await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name, networkId: unml, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] })));

  it('says what each answer cost and what is left, in extensions.cost and in rateLimit', async () => {
    const token = await newClient('Coûts');
    const first = await post(token, VIEWER);
    // partnerViewer 1, client 1, network 1.
    expect(first.extensions?.cost).toMatchObject({ requestedQueryCost: 3, limit: 500, remaining: 497 });
    // A connection: 2, plus its page (10) times each item: the node 1, campaign 1 (+ organization 1), participant 1, competences 1.
    const page = await post(token, PAGE(10), { id: unml });
    expect(page.extensions?.cost).toMatchObject({ requestedQueryCost: 2 + 10 * 5 + 1, remaining: 497 - 53 });
    const { data } = await post(token, `{ rateLimit { limit cost remaining resetAt } }`);
    // rateLimit is an object too: it costs 1.
    expect(data?.rateLimit).toMatchObject({ limit: 500, cost: 1, remaining: 443 });
    expect(Date.parse(data?.rateLimit.resetAt) - Date.now()).toBeGreaterThan(3500_000);
  });

  it('refuses an operation over the per-query maximum before reading anything, whatever is left', async () => {
    const token = await newClient('Trop gros');
    const refused = await post(token, PAGE(100), { id: unml });
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['MAX_COST_EXCEEDED']);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ cost: 503, maxCost: 300 });
    expect(refused.data ?? null).toBeNull();
    // One statement: the client's row (revocation is checked on every request); no budget charged, no data read.
    expect(refused.statements).toBe(1);
    expect((await post(token, `{ rateLimit { remaining } }`)).data?.rateLimit.remaining).toBe(500 - 1);
  });

  it('refuses once the points of the window are spent (429, Retry-After), and a cheaper operation still passes', async () => {
    const token = await newClient('Épuisé');
    expect((await post(token, PAGE(50), { id: unml })).status).toBe(200);
    // 253 points each: the second would take the client to 506 of its 500.
    const last = await post(token, PAGE(50), { id: unml });
    expect(last.status).toBe(429);
    expect(last.errors?.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);
    expect(last.errors?.[0]?.extensions).toMatchObject({ cost: 253, remaining: 500 - 253 });
    expect(Number(last.retryAfter)).toBeGreaterThan(0);
    expect(last.data ?? null).toBeNull();
    // The client's row, nothing of the network (the budget's own statements go through
    // rate-limiter-flexible's knex, which x-sql-statements does not count).
    expect(last.statements).toBe(1);
    const cheap = await post(token, VIEWER);
    expect(cheap.status).toBe(200);
    expect(cheap.extensions?.cost).toMatchObject({ requestedQueryCost: 3, remaining: 500 - 253 - 3 });
  });

  it('does not cost the people of the console', async () => {
    const answer = await superAdmin.request(`{ networks { id } }`);
    expect(answer.errors).toBeUndefined();
    expect((answer as { extensions?: Record<string, unknown> }).extensions?.cost).toBeUndefined();
  });
});
