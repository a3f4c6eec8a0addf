import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import {
  createPartnerClient,
  CREATE_PARTNER_CLIENT,
  networkId,
  partnerGraphQLClient,
  requestToken,
  startTestServer,
  supportClient,
  type GraphQLClient,
  type TestServer,
} from '../../support/index.js';

const VIEWER = `{ partnerViewer { scopes client { clientId name lastUsedAt revokedAt } network { id code name } } }`;

describe('partner clients: created by support, authenticated by OAuth 2.0 client credentials', () => {
  let server: TestServer;
  let superAdmin: GraphQLClient;
  let support: GraphQLClient;
  let unml: string;

  beforeAll(async () => {
    server = await startTestServer({ partnerTokenThrottle: { perClient: 5, perAddress: 1000, windowSeconds: 900 } });
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    unml = await networkId(server, 'UNML');
  });
  afterAll(() => server?.close());

  const sql = <T>(query: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T[]>(query, params);

  it('shows the secret once and keeps only its hash; only SUPER_ADMIN creates, SUPPORT lists', async () => {
    const input = { name: 'I-Milo (UNML)', networkId: unml, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] };
    expect(await support.errorCodes(CREATE_PARTNER_CLIENT, { input })).toEqual(['FORBIDDEN']);
    const { createPartnerClient: created } = await superAdmin.ok(CREATE_PARTNER_CLIENT, { input });
    expect(created.client).toMatchObject({ name: 'I-Milo (UNML)', scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'], regions: [], revokedAt: null, network: { code: 'UNML' } });
    expect(created.client.clientId).toMatch(/^osp_[0-9a-f]{20}$/);
    expect(created.clientSecret).toMatch(/^osps_[A-Za-z0-9_-]{43}$/);
    // A year at most, by default.
    const days = (Date.parse(created.client.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(360);
    expect(days).toBeLessThanOrEqual(366);
    const stored = JSON.stringify(await sql('select * from partners.client_secrets'));
    expect(stored).not.toContain(created.clientSecret.slice(5));
    const { partnerClients } = await support.ok(`{ partnerClients(first: 10) { totalCount nodes { clientId } } }`);
    expect(partnerClients.nodes.map((node: { clientId: string }) => node.clientId)).toContain(created.client.clientId);
    // The secret cannot be read again, by anyone.
    expect(JSON.stringify(partnerClients)).not.toContain(created.clientSecret);
  });

  it('refuses a bad description: unknown network, no scope, an expiry beyond a year, a bad e-mail — and writes nothing', async () => {
    const before = (await sql<{ count: string }>('select count(*) from partners.clients'))[0]!.count;
    const year = new Date(Date.now() + 400 * 86_400_000).toISOString();
    for (const input of [
      { name: 'X', networkId: '00000000-0000-4000-8000-000000000000', scopes: ['RESULTS_READ'] },
      { name: 'X', networkId: unml, scopes: [] },
      { name: 'X', networkId: unml, scopes: ['RESULTS_READ'], expiresAt: year },
      { name: 'X', networkId: unml, scopes: ['RESULTS_READ'], contactEmail: 'pas-une-adresse' },
      { name: '', networkId: unml, scopes: ['RESULTS_READ'] },
    ]) {
      expect(await superAdmin.errorCodes(CREATE_PARTNER_CLIENT, { input }), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
    }
    expect((await sql<{ count: string }>('select count(*) from partners.clients'))[0]!.count).toBe(before);
  });

  it('issues a short-lived bearer token by HTTP Basic or by the form body, with the scopes asked', async () => {
    const client = await createPartnerClient(superAdmin, { name: 'Basic', networkId: unml, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] });
    const basic = `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64')}`;
    const byBasic = await requestToken(server, { grant_type: 'client_credentials' }, { authorization: basic });
    expect(byBasic.status).toBe(200);
    expect(byBasic.headers.get('cache-control')).toBe('no-store');
    expect(byBasic.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'organizations:read results:read' });
    const byBody = await requestToken(server, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret, scope: 'results:read' });
    expect(byBody.body).toMatchObject({ scope: 'results:read' });

    const graphql = server.client().withToken(byBody.body.access_token as string);
    const { partnerViewer } = await graphql.ok(VIEWER);
    expect(partnerViewer).toMatchObject({ scopes: ['RESULTS_READ'], network: { code: 'UNML' }, client: { clientId: client.clientId, revokedAt: null } });
    expect(partnerViewer.client.lastUsedAt).not.toBeNull();
    const [audit] = await sql<{ action: string; outcome: string; ip: string }>(
      'select action, outcome, ip from partners.client_audit where partner_client_id = ? order by id desc limit 1',
      [client.id],
    );
    expect(audit).toMatchObject({ action: 'TOKEN_ISSUED', outcome: 'OK' });
    expect(audit!.ip).toBeTruthy();
  });

  it('answers each refusal as RFC 6749 §5.2 says, and writes it down', async () => {
    const client = await createPartnerClient(superAdmin, { name: 'Refusals', networkId: unml, scopes: ['RESULTS_READ'] });
    const good = { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret };
    const cases: [Record<string, string>, Record<string, string>, number, string][] = [
      [{ ...good, client_secret: 'osps_wrong' }, {}, 401, 'invalid_client'],
      [{ ...good, client_id: 'osp_00000000000000000000' }, {}, 401, 'invalid_client'],
      [{ ...good, grant_type: 'password' }, {}, 400, 'unsupported_grant_type'],
      [{ client_id: client.clientId, client_secret: client.clientSecret }, {}, 400, 'invalid_request'],
      [{ ...good, scope: 'organizations:read' }, {}, 400, 'invalid_scope'],
      [{ ...good, scope: 'everything' }, {}, 400, 'invalid_scope'],
      [good, { authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}` }, 400, 'invalid_request'],
      [good, { authorization: 'Basic pas-du-base64' }, 400, 'invalid_request'],
    ];
    for (const [form, headers, status, error] of cases) {
      const answer = await requestToken(server, form, headers);
      expect({ status: answer.status, error: answer.body.error }, JSON.stringify(form)).toEqual({ status, error });
      expect(answer.body.access_token).toBeUndefined();
    }
    const wrongType = await fetch(`${server.url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(good) });
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { error: string }).error).toBe('invalid_request');
    const refusals = await sql<{ outcome: string }>("select outcome from partners.client_audit where partner_client_id = ? and action = 'TOKEN_REFUSED' order by id", [client.id]);
    expect(refusals.map((row) => row.outcome)).toEqual(['invalid_client', 'invalid_scope', 'invalid_scope']);
  });

  it('throttles guessing: after five wrong secrets even the right one waits, with Retry-After', async () => {
    const client = await createPartnerClient(superAdmin, { name: 'Guessed', networkId: unml, scopes: ['RESULTS_READ'] });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await requestToken(server, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: `osps_guess${attempt}` })).status).toBe(401);
    }
    const blocked = await requestToken(server, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.body.access_token).toBeUndefined();
  });

  it('revokes at once: the token already issued stops working with the next request', async () => {
    const client = await createPartnerClient(superAdmin, { name: 'Revoked', networkId: unml, scopes: ['RESULTS_READ'] });
    const graphql = await partnerGraphQLClient(server, client);
    expect((await graphql.ok(VIEWER)).partnerViewer.client.revokedAt).toBeNull();
    const REVOKE = `mutation ($id: ID!) { revokePartnerClient(id: $id) { revokedAt } }`;
    expect(await support.errorCodes(REVOKE, { id: client.id })).toEqual(['FORBIDDEN']);
    const { revokePartnerClient } = await superAdmin.ok(REVOKE, { id: client.id });
    expect(revokePartnerClient.revokedAt).not.toBeNull();
    const after = await graphql.request(VIEWER);
    expect(after.status).toBe(401);
    expect(after.errors?.map((error) => error.extensions?.code)).toEqual(['CLIENT_REVOKED']);
    expect(after.data ?? null).toBeNull();
    const token = await requestToken(server, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
    expect({ status: token.status, error: token.body.error }).toEqual({ status: 401, error: 'invalid_client' });
    // Revoking again keeps the first date.
    expect((await superAdmin.ok(REVOKE, { id: client.id })).revokePartnerClient.revokedAt).toBe(revokePartnerClient.revokedAt);
  });

  it('rotates the secret: the old one works during the overlap, not at all with no overlap', async () => {
    const client = await createPartnerClient(superAdmin, { name: 'Rotated', networkId: unml, scopes: ['RESULTS_READ'] });
    const ROTATE = `mutation ($input: RotatePartnerClientSecretInput!) { rotatePartnerClientSecret(input: $input) { clientSecret } }`;
    const token = (secret: string) => requestToken(server, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: secret });
    const second = (await superAdmin.ok(ROTATE, { input: { id: client.id, overlapHours: 24 } })).rotatePartnerClientSecret.clientSecret as string;
    expect(second).not.toBe(client.clientSecret);
    expect((await token(client.clientSecret)).status).toBe(200);
    expect((await token(second)).status).toBe(200);
    const third = (await superAdmin.ok(ROTATE, { input: { id: client.id, overlapHours: 0 } })).rotatePartnerClientSecret.clientSecret as string;
    expect((await token(client.clientSecret)).status).toBe(401);
    expect((await token(second)).status).toBe(401);
    expect((await token(third)).status).toBe(200);
    expect(await superAdmin.errorCodes(ROTATE, { input: { id: client.id, overlapHours: 500 } })).toEqual(['BAD_USER_INPUT']);
  });

  it("does not let a client's token act as a person, nor a person's token as a client", async () => {
    const client = await createPartnerClient(superAdmin, { name: 'Not a person', networkId: unml, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] });
    const graphql = await partnerGraphQLClient(server, client);
    expect(await graphql.errorCodes(`{ networks { id } }`)).toEqual(['FORBIDDEN']);
    expect(await graphql.errorCodes(`{ partnerClients(first: 5) { totalCount } }`)).toEqual(['FORBIDDEN']);
    expect(await graphql.errorCodes(`mutation { createOrganization(input: { name: "Intrus", type: MISSION_LOCALE }) { id } }`)).toEqual(['FORBIDDEN']);
    expect((await graphql.ok(`{ me { id } }`)).me).toBeNull();
    expect(await support.errorCodes(VIEWER)).toEqual(['FORBIDDEN']);
    const forged = server.client().withToken('eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJvcmdhLXNwZS1wYXJ0bmVycyJ9.c2lnbmF0dXJl');
    expect(await forged.errorCodes(VIEWER)).toEqual(['UNAUTHENTICATED']);
  });
});
