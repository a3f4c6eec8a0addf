import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!, $externalId: String) { startParticipation(code: $code, participantExternalId: $externalId) { id status participantExternalId } }`;

describe('starting a participation', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let organizationId: string;

  const campaign = async (overrides: Record<string, unknown> = {}) =>
    (await advisor.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte', ...overrides } })).createCampaign as { id: string; code: string };
  const participant = async (names: { firstName?: string; lastName?: string } = {}) => {
    const client = server.client();
    const person = await signUpAs(client, names);
    return { client, person };
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support, 'Mission Locale de Limoges')).id;
    advisor = (await addMember(server, support, organizationId)).client;
  });
  afterAll(() => server?.close());

  it('starts with the identifier asked, and copies the name the person has at first participation', async () => {
    const { code } = await campaign({ externalIdLabel: 'Identifiant France Travail' });
    const { client, person } = await participant({ firstName: 'Inès', lastName: 'Bouvier' });
    const { startParticipation } = await client.ok(START, { code: code.toLowerCase(), externalId: ' 1234567A ' });
    expect(startParticipation).toMatchObject({ status: 'STARTED', participantExternalId: '1234567A' });
    const [row] = await server.orm.em.getConnection().execute(
      'select p.first_name, p.last_name from campaigns.participants p where p.organization_id = ? and p.user_id = ?',
      [organizationId, person.user.id],
    );
    expect(row).toEqual({ first_name: 'Inès', last_name: 'Bouvier' });
  });

  it('asks for the identifier (EXTERNAL_ID_REQUIRED) and checks an EMAIL one (INVALID_EMAIL)', async () => {
    const withLabel = await campaign({ externalIdLabel: 'Nom et prénom' });
    const withEmail = await campaign({ externalIdLabel: 'Adresse e-mail', externalIdType: 'EMAIL' });
    const { client } = await participant();
    expect(await client.errorCodes(START, { code: withLabel.code })).toEqual(['EXTERNAL_ID_REQUIRED']);
    expect(await client.errorCodes(START, { code: withLabel.code, externalId: '   ' })).toEqual(['EXTERNAL_ID_REQUIRED']);
    expect(await client.errorCodes(START, { code: withEmail.code, externalId: 'abc' })).toEqual(['INVALID_EMAIL']);
    expect((await client.ok(START, { code: withEmail.code, externalId: 'ines@example.fr' })).startParticipation.status).toBe('STARTED');
  });

  it('refuses a second participation without multiple sendings (ALREADY_PARTICIPATED)', async () => {
    const { code } = await campaign();
    const { client } = await participant();
    await client.ok(START, { code });
    expect(await client.errorCodes(START, { code })).toEqual(['ALREADY_PARTICIPATED']);
  });

  it('refuses an archived campaign (CAMPAIGN_ARCHIVED), an unknown code (NOT_FOUND) and an anonymous caller', async () => {
    const { id, code } = await campaign();
    await advisor.ok(`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id });
    const { client } = await participant();
    expect(await client.errorCodes(START, { code })).toEqual(['CAMPAIGN_ARCHIVED']);
    expect(await client.errorCodes(START, { code: 'ZZZZZZ999' })).toEqual(['NOT_FOUND']);
    expect(await server.client().errorCodes(START, { code })).toEqual(['UNAUTHENTICATED']);
  });

  it('turns 50 simultaneous starts by one person into one participation', async () => {
    const { id, code } = await campaign();
    const { client, person } = await participant();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.request(START, { code })));
    expect(results.filter((result) => result.data?.startParticipation)).toHaveLength(1);
    expect(new Set(results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code))).toEqual(new Set(['ALREADY_PARTICIPATED']));
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from campaigns.participations where campaign_id = ? and user_id = ?', [id, person.user.id]);
    expect(Number(count)).toBe(1);
  });
});
