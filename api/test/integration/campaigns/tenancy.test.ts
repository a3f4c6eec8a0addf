import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { addMember, createOrganization, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;

describe('campaigns: a member of organisation A against organisation B', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let memberA: GraphQLClient;
  let organizationB: string;
  let campaignB: { id: string; code: string };

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    const organizationA = (await createOrganization(support, 'Mission Locale A')).id;
    memberA = (await addMember(server, support, organizationA)).client;
    organizationB = (await createOrganization(support, 'Mission Locale B')).id;
    const adminB = await addMember(server, support, organizationB);
    campaignB = (await adminB.client.ok(CREATE, { input: { organizationId: organizationB, type: 'PROFILES_COLLECTION', name: 'Campagne de B' } })).createCampaign;
  });
  afterAll(() => server?.close());

  it('can neither read B\'s campaigns nor create, edit, archive or delete any there, nor learn that they exist', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const attempts: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [`query ($id: ID!) { campaign(id: $id) { name } }`, { id: campaignB.id }, { id: unknown }],
      [`query ($id: ID!) { organization(id: $id) { campaigns { totalCount } } }`, { id: organizationB }, { id: unknown }],
      [CREATE, { input: { organizationId: organizationB, type: 'PROFILES_COLLECTION', name: 'Intrus' } }, { input: { organizationId: unknown, type: 'PROFILES_COLLECTION', name: 'Intrus' } }],
      [`mutation ($id: ID!) { updateCampaign(id: $id, input: { name: "Piratée" }) { name } }`, { id: campaignB.id }, { id: unknown }],
      [`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id: campaignB.id }, { id: unknown }],
      [`mutation ($id: ID!) { unarchiveCampaign(id: $id) { id } }`, { id: campaignB.id }, { id: unknown }],
      [`mutation ($id: ID!) { deleteCampaign(id: $id) }`, { id: campaignB.id }, { id: unknown }],
    ];
    const answer = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.map(({ message, extensions }) => ({ message, extensions }));
    for (const [query, variables, unknownVariables] of attempts) {
      const result = await memberA.request(query, variables);
      expect(result.errors?.map((error) => error.extensions?.code), query).toEqual(['NOT_FOUND']);
      expect(answer(result), query).toEqual(answer(await memberA.request(query, unknownVariables)));
    }
    const [row] = await server.orm.em.getConnection().execute('select name, archived_at, deleted_at from campaigns.campaigns where id = ?', [campaignB.id]);
    expect(row).toEqual({ name: 'Campagne de B', archived_at: null, deleted_at: null });
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from campaigns.campaigns where organization_id = ?', [organizationB]);
    expect(Number(count)).toBe(1);
  });

  it('sees only the public landing page of B\'s campaign, like anyone', async () => {
    const { campaignToJoin } = await memberA.ok(`query ($code: String!) { campaignToJoin(code: $code) { organizationName isJoinable } }`, { code: campaignB.code });
    expect(campaignToJoin).toEqual({ organizationName: 'Mission Locale B', isJoinable: true });
  });

  it('lets support readers look at B\'s campaigns but not change them', async () => {
    expect((await support.ok(`query ($id: ID!) { campaign(id: $id) { name } }`, { id: campaignB.id })).campaign.name).toBe('Campagne de B');
    expect(await support.errorCodes(`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id: campaignB.id })).toEqual(['FORBIDDEN']);
  });
});

describe('campaigns: SQL statements of the list', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('lists 100 campaigns with their counts in as many statements as 10 (no N+1)', async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const small = (await createOrganization(support)).id;
    const large = (await createOrganization(support)).id;
    const smallAdmin = await addMember(server, support, small);
    const largeAdmin = await addMember(server, support, large);
    // Campaigns and participations straight into the database: the cost measured is reading.
    // Codes 'BULKS0001', 'BULKL0120'...: distinct by construction (random ones collided now and then).
    for (const [organizationId, ownerId, count, letter] of [[small, smallAdmin.person.user.id, 10, 'S'], [large, largeAdmin.person.user.id, 120, 'L']] as const) {
      await server.orm.em.getConnection().execute(
        `insert into campaigns.campaigns (id, organization_id, type, name, code, owner_id, creator_id, created_at, updated_at)
         select gen_random_uuid(), ?, 'PROFILES_COLLECTION', 'Campagne ' || n, 'BULK' || ? || lpad(n::text, 4, '0'), ?, ?, now(), now()
         from generate_series(1, ?) n`,
        [organizationId, letter, ownerId, ownerId, count],
      );
    }
    await server.orm.em.getConnection().execute(
      `with participant as (insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at) values (gen_random_uuid(), ?, ?, 'P', 'Q', now()) returning id)
       insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, started_at, shared_at)
       select gen_random_uuid(), c.id, participant.id, ?, 'SHARED', now(), now() from campaigns.campaigns c, participant where c.organization_id = ?`,
      [large, largeAdmin.person.user.id, largeAdmin.person.user.id, large],
    );
    // Written around the use cases: the kept counts are recomputed as after a bulk load.
    await rebuildCampaignsReadSide({ em: server.orm.em.fork() });
    const query = `query ($id: ID!, $first: Int) { organization(id: $id) { name campaigns(first: $first) { nodes { name code url participantsCount sharedParticipationsCount certifiableParticipantsCount owner { id } } } } }`;
    const ten = await smallAdmin.client.request(query, { id: small, first: 10 });
    const hundred = await largeAdmin.client.request(query, { id: large, first: 100 });
    expect(ten.data?.organization.campaigns.nodes).toHaveLength(10);
    expect(hundred.data?.organization.campaigns.nodes).toHaveLength(100);
    expect(hundred.data?.organization.campaigns.nodes[0]).toMatchObject({ participantsCount: 1, sharedParticipationsCount: 1 });
    expect(hundred.headers.get('x-sql-statements')).toBe(ten.headers.get('x-sql-statements'));
  });
});
