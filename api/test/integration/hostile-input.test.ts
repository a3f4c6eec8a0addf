import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  CREATE_ORGANIZATION,
  createOrganization,
  INVITE,
  LOGIN,
  SIGN_UP,
  buildSignUp,
  signUpAs,
  supportClient,
  startTestServer,
  TEST_AUTH_SECRET,
  type GraphQLClient,
  type TestServer,
} from '../support/index.js';
import { SupportRole } from '../../src/shared/auth/principal.js';

/** Each case here answered INTERNAL_SERVER_ERROR (or a 500) before the edge checks (issue 12). */
describe('hostile input gets BAD_USER_INPUT, not a server error', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let organizationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPER_ADMIN));
    organizationId = (await createOrganization(support)).id;
  });
  afterAll(() => server?.close());

  const badInput = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

  it('refuses a NUL byte in any string argument, naming the field', async () => {
    const anonymous = server.client();
    expect(badInput(await anonymous.request('query($code: String!) { campaignToJoin(code: $code) { code } }', { code: '\u0000' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'code', constraints: ['noNulByte'] }],
    });
    expect(badInput(await anonymous.request(LOGIN, { email: 'a\u0000b', password: 'x' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', constraints: ['noNulByte'] }],
    });
    expect(badInput(await anonymous.request(SIGN_UP, { input: { ...buildSignUp(), lastName: 'Du\u0000rand', acceptTermsOfService: true } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.lastName', constraints: ['noNulByte'] }],
    });
    expect(badInput(await support.request('mutation($input: UpdateOrganizationInput!, $id: ID!) { updateOrganization(id: $id, input: $input) { id } }', { id: organizationId, input: { name: 'A\u0000' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.name', constraints: ['noNulByte'] }],
    });
  });

  it('refuses lone surrogates (inviteMembers used to throw URIError, signUp "errors.flatMap is not a function")', async () => {
    expect(badInput(await support.request(INVITE, { organizationId, emails: ['ok@example.org', '\ud800'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'emails.1', constraints: ['wellFormedUnicode'] }],
    });
    expect(badInput(await server.client().request(SIGN_UP, { input: { ...buildSignUp(), email: '\ud800', acceptTermsOfService: true } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.email', constraints: ['wellFormedUnicode'] }],
    });
  });

  it('checks ids as UUIDs before any query, at any depth', async () => {
    expect(badInput(await support.request('query($id: ID!) { organization(id: $id) { id } }', { id: 'not-a-uuid' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', constraints: ['isUUID'] }],
    });
    for (const field of ['parentId', 'networkId']) {
      const created = await support.request(CREATE_ORGANIZATION, { input: { name: 'X', type: 'OTHER', [field]: '' } });
      expect(badInput(created)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, constraints: ['isUUID'] }] });
      const updated = await support.request('mutation($input: UpdateOrganizationInput!, $id: ID!) { updateOrganization(id: $id, input: $input) { id } }', { id: organizationId, input: { [field]: '' } });
      expect(badInput(updated)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, constraints: ['isUUID'] }] });
    }
    const requester = server.client();
    await signUpAs(requester);
    const requested = await requester.request(
      'mutation($input: RequestOrganizationCreationInput!) { requestOrganizationCreation(input: $input) { id } }',
      { input: { name: 'X', type: 'OTHER', siret: '12345678901234', networkId: '', directorName: 'D', mandateStatement: 'M' } },
    );
    expect(badInput(requested)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.networkId', constraints: ['isUUID'] }] });
  });

  it('refuses an explicit null on an update field that cannot be cleared', async () => {
    for (const field of ['name', 'type', 'isCertificationCenter', 'documentationUrl']) {
      const result = await support.request('mutation($input: UpdateOrganizationInput!, $id: ID!) { updateOrganization(id: $id, input: $input) { id } }', { id: organizationId, input: { [field]: null } });
      expect(badInput(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, constraints: ['notNull'] }] });
    }
    const admin = await addMember(server, support, organizationId);
    const { createCampaign } = await admin.client.ok(
      'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte' } },
    );
    for (const field of ['name', 'multipleSendings', 'ownerId']) {
      const result = await admin.client.request('mutation($input: UpdateCampaignInput!, $id: ID!) { updateCampaign(id: $id, input: $input) { id } }', { id: createCampaign.id, input: { [field]: null } });
      expect(badInput(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `input.${field}`, constraints: ['notNull'] }] });
    }
    // A field that may be cleared still can.
    const cleared = await admin.client.request('mutation($input: UpdateCampaignInput!, $id: ID!) { updateCampaign(id: $id, input: $input) { id welcomeText } }', { id: createCampaign.id, input: { welcomeText: null } });
    expect(cleared.errors).toBeUndefined();
  });

  it('refuses a pagination cursor past any position (it overflowed PostgreSQL bigint)', async () => {
    const after = Buffer.from(`o:${'9'.repeat(20)}`).toString('base64url');
    const result = await support.request('query($after: String) { organizations(after: $after) { totalCount } }', { after });
    expect(badInput(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', constraints: ['cursor'] }] });
  });

  it('answers a 255- or 256-character e-mail at login with INVALID_CREDENTIALS or BAD_USER_INPUT', async () => {
    for (const length of [255, 256, 320, 321]) {
      const email = `${'a'.repeat(length - '@example.org'.length)}@example.org`;
      const result = await server.client().request(LOGIN, { email, password: 'Secret-pass-42' });
      expect(['INVALID_CREDENTIALS', 'BAD_USER_INPUT']).toContain(result.errors?.[0]?.extensions?.code);
    }
  });

  it('refuses a path parameter of the CSV export with a NUL byte, invalid UTF-8 or a non-UUID (400, GraphQL error shape)', async () => {
    // `%C3%28` is not UTF-8: express cannot decode the path, so the field is the path itself.
    for (const [id, field, constraint] of [['%00', 'id', 'noNulByte'], ['not-a-uuid', 'id', 'isUUID'], ['%C3%28', 'path', 'wellFormedUnicode']] as const) {
      const response = await fetch(`${server.url}/exports/campaigns/${id}/results.csv`, { headers: { authorization: `Bearer ${support.token}` } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ field, constraints: [constraint] }] } }] });
    }
  });

  describe('access tokens signed with the real key', () => {
    const key = new TextEncoder().encode(TEST_AUTH_SECRET);
    const sign = (claims: { sid: string; sub: string }, exp: boolean) => {
      const jwt = new SignJWT({ sid: claims.sid }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(claims.sub).setIssuer('orga-spe').setAudience('orga-spe').setIssuedAt();
      return (exp ? jwt.setExpirationTime('10m') : jwt).sign(key);
    };
    const me = (token: string) => server.client().withToken(token).request('{ me { id } }');

    it('refuses a token without `exp` (UNAUTHENTICATED, TOKEN_INVALID)', async () => {
      const person = await signUpAs(server.client());
      const { sid, sub } = decodeJwt(person.accessToken) as { sid: string; sub: string };
      expect((await me(await sign({ sid, sub }, true))).data?.me?.id).toBe(person.user.id);
      const result = await me(await sign({ sid, sub }, false));
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    });

    it('answers a `sid` that is not a UUID with 401 TOKEN_INVALID, not 500', async () => {
      const person = await signUpAs(server.client());
      const result = await me(await sign({ sid: 'not-a-uuid', sub: person.user.id }, true));
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    });
  });
});
