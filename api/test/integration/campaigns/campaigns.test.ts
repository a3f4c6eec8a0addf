import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { addMember, createOrganization, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCampaignInput!) {
    createCampaign(input: $input) { id name code type title welcomeText welcomeTextHtml externalIdLabel externalIdType multipleSendings url isArchived participantsCount sharedParticipationsCount }
  }
`;
const LIST = /* GraphQL */ `
  query List($id: ID!, $filter: CampaignFilter, $first: Int, $after: String) {
    organization(id: $id) { campaigns(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id name participantsCount sharedParticipationsCount } } }
  }
`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id name title welcomeText externalIdLabel externalIdType multipleSendings } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveCampaign(id: $id) { isArchived } }`;
const UNARCHIVE = `mutation ($id: ID!) { unarchiveCampaign(id: $id) { isArchived } }`;
const DELETE = `mutation ($id: ID!) { deleteCampaign(id: $id) }`;
const TO_JOIN = `query ($code: String!) { campaignToJoin(code: $code) { code title welcomeTextHtml externalIdLabel externalIdType organizationName isJoinable isArchived } }`;

describe('campaigns: creation, list, edit rules, archive and delete', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let organizationId: string;
  let admin: Awaited<ReturnType<typeof addMember>>;
  let advisor: Awaited<ReturnType<typeof addMember>>;

  const input = (overrides: Record<string, unknown> = {}) => ({ organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte de profils – Garantie jeunes', ...overrides });

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    organizationId = (await createOrganization(support, 'Mission Locale de Limoges')).id;
    admin = await addMember(server, support, organizationId);
    advisor = await addMember(server, admin.client, organizationId);
  });
  afterAll(() => server?.close());

  it('creates a campaign with a code of the guide, the direct link, an identifier and a welcome text', async () => {
    const { createCampaign } = await advisor.client.ok(CREATE, {
      input: input({ externalIdLabel: ' Identifiant France Travail ', welcomeText: 'Bienvenue *à tous* : **bon test** !' }),
    });
    expect(createCampaign.code).toMatch(/^[A-HJKMNP-Z]{6}[2-9]{3}$/);
    expect(createCampaign).toMatchObject({
      type: 'PROFILES_COLLECTION',
      externalIdLabel: 'Identifiant France Travail',
      externalIdType: 'STRING',
      multipleSendings: false,
      url: `${server.config.publicUrl}/campagnes/${createCampaign.code}`,
      welcomeTextHtml: '<p>Bienvenue <em>à tous</em> : <strong>bon test</strong> !</p>',
      participantsCount: 0,
      sharedParticipationsCount: 0,
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(256) }, 'name'],
      [{ title: 'Un titre pour une collecte' }, 'title'],
      [{ welcomeText: 'x'.repeat(5001) }, 'welcomeText'],
      [{ type: 'ASSESSMENT' }, 'targetProfileId'],
      [{ ownerId: '00000000-0000-4000-8000-000000000000' }, 'ownerId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await advisor.client.request(CREATE, { input: input(overrides) });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }
  });

  it('lists active or archived campaigns, newest first, by name, owner or "mine", a page at a time', async () => {
    const organization = (await createOrganization(support, 'Cap emploi 87')).id;
    const boss = await addMember(server, support, organization);
    const colleague = await addMember(server, boss.client, organization);
    const create = (client: GraphQLClient, name: string) => client.ok(CREATE, { input: { organizationId: organization, type: 'PROFILES_COLLECTION', name } }).then((data) => data.createCampaign);
    const first = await create(boss.client, 'Diagnostic – groupe mars');
    await create(colleague.client, 'Diagnostic – groupe avril');
    const third = await create(boss.client, 'Parcours CléA – mai');
    await boss.client.ok(ARCHIVE, { id: first.id });

    const list = async (client: GraphQLClient, filter: Record<string, unknown>, first?: number) => (await client.ok(LIST, { id: organization, filter, first })).organization.campaigns;
    expect((await list(boss.client, { status: 'ACTIVE' })).nodes.map((node: any) => node.name)).toEqual(['Parcours CléA – mai', 'Diagnostic – groupe avril']);
    expect((await list(boss.client, { status: 'ARCHIVED' })).nodes.map((node: any) => node.name)).toEqual(['Diagnostic – groupe mars']);
    expect((await list(boss.client, { name: 'diagnostic' })).totalCount).toBe(2);
    expect((await list(colleague.client, { mine: true })).nodes.map((node: any) => node.name)).toEqual(['Diagnostic – groupe avril']);
    expect((await list(colleague.client, { ownerId: boss.person.user.id })).nodes.map((node: any) => node.id)).toEqual([third.id, first.id]);
    const page = await list(boss.client, {}, 2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(await boss.client.errorCodes(LIST, { id: organization, first: 101 })).toEqual(['BAD_USER_INPUT']);
  });

  it('lets the owner or an ADMIN edit; other members may not; nothing changes while archived', async () => {
    const { createCampaign: campaign } = await admin.client.ok(CREATE, { input: input({ name: 'Campagne de l’admin' }) });
    const member = await addMember(server, admin.client, organizationId);
    expect(await member.client.errorCodes(UPDATE, { id: campaign.id, input: { name: 'Piratée' } })).toEqual(['FORBIDDEN']);
    expect(await member.client.errorCodes(ARCHIVE, { id: campaign.id })).toEqual(['FORBIDDEN']);
    expect(await member.client.errorCodes(DELETE, { id: campaign.id })).toEqual(['FORBIDDEN']);

    const { updateCampaign } = await admin.client.ok(UPDATE, { id: campaign.id, input: { name: ' Nouveau nom ', welcomeText: null, externalIdLabel: 'Adresse e-mail', externalIdType: 'EMAIL', multipleSendings: true } });
    expect(updateCampaign).toMatchObject({ name: 'Nouveau nom', welcomeText: null, externalIdLabel: 'Adresse e-mail', externalIdType: 'EMAIL', multipleSendings: true });
    await admin.client.ok(UPDATE, { id: campaign.id, input: { ownerId: member.person.user.id } });
    expect((await member.client.ok(UPDATE, { id: campaign.id, input: { name: 'Maintenant à moi' } })).updateCampaign.name).toBe('Maintenant à moi');

    await member.client.ok(ARCHIVE, { id: campaign.id });
    expect(await member.client.errorCodes(UPDATE, { id: campaign.id, input: { name: 'Interdit' } })).toEqual(['CAMPAIGN_ARCHIVED']);
    expect((await member.client.ok(UNARCHIVE, { id: campaign.id })).unarchiveCampaign.isArchived).toBe(false);
  });

  it('freezes the identifier and multiple sendings once someone has participated', async () => {
    const { createCampaign: campaign } = await advisor.client.ok(CREATE, { input: input({ externalIdLabel: 'Nom et prénom' }) });
    const HAS_PARTICIPATIONS = `query ($id: ID!) { campaign(id: $id) { hasParticipations } }`;
    // What the console's edit page reads to show those fields locked before anyone tries to save.
    expect((await advisor.client.ok(HAS_PARTICIPATIONS, { id: campaign.id })).campaign.hasParticipations).toBe(false);
    // A participation (the participation flow has its own tests).
    await server.orm.em.getConnection().execute(
      `with participant as (insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at) values (gen_random_uuid(), ?, ?, 'A', 'B', now()) returning id)
       insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, started_at) select gen_random_uuid(), ?, id, ?, 'STARTED', now() from participant`,
      [organizationId, admin.person.user.id, campaign.id, admin.person.user.id],
    );
    const result = await advisor.client.request(UPDATE, { id: campaign.id, input: { externalIdLabel: 'Autre', multipleSendings: true } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CANT_UPDATE_WHEN_PARTICIPATIONS', fields: ['externalIdLabel', 'multipleSendings'] });
    expect((await advisor.client.ok(UPDATE, { id: campaign.id, input: { name: 'Renommée', externalIdLabel: 'Nom et prénom' } })).updateCampaign.name).toBe('Renommée');
    expect((await advisor.client.ok(HAS_PARTICIPATIONS, { id: campaign.id })).campaign.hasParticipations).toBe(true);
  });

  it('shows the landing page to anyone: rendered welcome text, identifier, organisation; archived means not joinable', async () => {
    const { createCampaign: campaign } = await advisor.client.ok(CREATE, {
      input: input({ externalIdLabel: 'Adresse e-mail', externalIdType: 'EMAIL', welcomeText: '<script>alert(1)</script> **Bienvenue**' }),
    });
    const anonymous = server.client();
    const { campaignToJoin } = await anonymous.ok(TO_JOIN, { code: ` ${campaign.code.toLowerCase()} ` });
    expect(campaignToJoin).toEqual({
      code: campaign.code,
      title: null,
      welcomeTextHtml: '<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>Bienvenue</strong></p>',
      externalIdLabel: 'Adresse e-mail',
      externalIdType: 'EMAIL',
      organizationName: 'Mission Locale de Limoges',
      isJoinable: true,
      isArchived: false,
    });
    await advisor.client.ok(ARCHIVE, { id: campaign.id });
    expect((await anonymous.ok(TO_JOIN, { code: campaign.code })).campaignToJoin).toMatchObject({ isJoinable: false, isArchived: true });
    expect(await anonymous.errorCodes(TO_JOIN, { code: 'ZZZZZZ999' })).toEqual(['NOT_FOUND']);
  });

  it('deletes softly: the campaign is gone from lists and its code, and its participations are anonymised', async () => {
    const { createCampaign: campaign } = await advisor.client.ok(CREATE, { input: input({ name: 'À supprimer' }) });
    await server.orm.em.getConnection().execute(
      `with participant as (insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at) values (gen_random_uuid(), ?, ?, 'C', 'D', now()) returning id)
       insert into campaigns.participations (id, campaign_id, participant_id, user_id, participant_external_id, status, started_at) select gen_random_uuid(), ?, id, ?, 'ID-42', 'SHARED', now() from participant`,
      [organizationId, advisor.person.user.id, campaign.id, advisor.person.user.id],
    );
    expect(await advisor.client.ok(DELETE, { id: campaign.id })).toEqual({ deleteCampaign: true });
    expect(await advisor.client.errorCodes(`query ($id: ID!) { campaign(id: $id) { id } }`, { id: campaign.id })).toEqual(['NOT_FOUND']);
    expect(await server.client().errorCodes(TO_JOIN, { code: campaign.code })).toEqual(['NOT_FOUND']);
    const rows = await server.orm.em.getConnection().execute('select user_id, participant_id, participant_external_id, deleted_at is not null as deleted from campaigns.participations where campaign_id = ?', [campaign.id]);
    expect(rows).toEqual([{ user_id: null, participant_id: null, participant_external_id: null, deleted: true }]);
  });

  it("archives an organisation's campaigns with it", async () => {
    const organization = (await createOrganization(support, 'E2C à fermer')).id;
    const boss = await addMember(server, support, organization);
    const { createCampaign: campaign } = await boss.client.ok(CREATE, { input: { organizationId: organization, type: 'PROFILES_COLLECTION', name: 'Dernière campagne' } });
    await support.ok(`mutation ($id: ID!) { archiveOrganization(id: $id) { isArchived } }`, { id: organization });
    expect((await server.client().ok(TO_JOIN, { code: campaign.code })).campaignToJoin).toMatchObject({ isJoinable: false, isArchived: true });
  });
});
