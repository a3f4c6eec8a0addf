import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!, $id: String) { startParticipation(code: $code, participantExternalId: $id) { id } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!, $finished: Boolean) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: $finished) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { masteryRate } }`;
const PARTICIPATIONS = /* GraphQL */ `
  query ($id: ID!, $filter: ParticipationFilter, $orderBy: ParticipationOrder, $first: Int) {
    campaign(id: $id) {
      participations(filter: $filter, orderBy: $orderBy, first: $first) {
        totalCount
        nodes { participantFirstName participantLastName participantExternalId status masteryRate validatedSkillsCount pixScore competenceResults { competenceId } }
      }
    }
  }
`;

describe('reading participations, collective results, bands and statistics', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let organizationId: string;
  let campaign: { id: string; code: string };
  let skills: string[];

  /** A person who starts, and optionally finishes (with `validated` skills out of the profile) and shares. */
  const participate = async (firstName: string, lastName: string, stage: 'STARTED' | 'TO_SHARE' | 'SHARED', validated = 0) => {
    const client = server.client();
    await signUpAs(client, { firstName, lastName });
    const { startParticipation } = await client.ok(START, { code: campaign.code, id: `ID-${lastName}` });
    if (stage === 'STARTED') return;
    const elements = skills.map((skillId, index) => ({ skillId, status: index < validated ? 'VALIDATED' : 'INVALIDATED' }));
    await engine.ok(RECORD, { id: startParticipation.id, elements, finished: true });
    if (stage === 'SHARED') await client.ok(SHARE, { id: startParticipation.id });
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support, 'Mission Locale de Limoges')).id;
    advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    campaign = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, externalIdLabel: 'Identifiant' } })).createCampaign;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
    await participate('Zoé', 'Vidal', 'STARTED');
    await participate('Yanis', 'Morel', 'TO_SHARE', skills.length);
    await participate('Ana', 'Bernard', 'SHARED', Math.ceil(skills.length * 0.9));
    await participate('Luc', 'Caron', 'SHARED', Math.floor(skills.length * 0.3));
  });
  afterAll(() => server?.close());

  it('lists participants by name with their status, and results only for those who shared', async () => {
    const { campaign: read } = await advisor.ok(PARTICIPATIONS, { id: campaign.id });
    expect(read.participations.totalCount).toBe(4);
    const rows = read.participations.nodes.map((node: any) => [node.participantLastName, node.status, node.masteryRate === null, node.competenceResults === null]);
    expect(rows).toEqual([
      ['Bernard', 'SHARED', false, false],
      ['Caron', 'SHARED', false, false],
      ['Morel', 'TO_SHARE', true, true],
      ['Vidal', 'STARTED', true, true],
    ]);
    const waiting = read.participations.nodes.find((node: any) => node.participantLastName === 'Morel');
    expect(waiting).toMatchObject({ masteryRate: null, validatedSkillsCount: null, pixScore: null, participantExternalId: 'ID-Morel' });
  });

  it('filters by status and by name or identifier, and sorts by date', async () => {
    const list = async (variables: Record<string, unknown>) => (await advisor.ok(PARTICIPATIONS, { id: campaign.id, ...variables })).campaign.participations.nodes.map((node: any) => node.participantLastName);
    expect(await list({ filter: { status: 'SHARED' } })).toEqual(['Bernard', 'Caron']);
    expect(await list({ filter: { search: 'mor' } })).toEqual(['Morel']);
    expect(await list({ filter: { search: 'id-vid' } })).toEqual(['Vidal']);
    expect(await list({ orderBy: 'DATE' })).toEqual(['Caron', 'Bernard', 'Morel', 'Vidal']);
  });

  it("gives collective results over shared results only, and the guide's bands with their counts", async () => {
    const { campaign: read } = await advisor.ok(`query ($id: ID!) { campaign(id: $id) { collectiveResults { competenceCode averageMasteryRate participantsCount } resultBands { key count message } } }`, { id: campaign.id });
    expect(read.collectiveResults.length).toBeGreaterThan(0);
    for (const competence of read.collectiveResults) expect(competence.participantsCount).toBe(2);
    expect(read.resultBands.map((band: any) => [band.key, band.count])).toEqual([
      ['DIAGNOSTIC_BELOW_50', 1],
      ['DIAGNOSTIC_50_TO_80', 0],
      ['DIAGNOSTIC_ABOVE_80', 1],
    ]);
    expect(read.resultBands[0].message).toBe('Commençons par les bases !');
  });

  it("counts the organisation's started, waiting and shared participations, and its shared results by the guide's bands", async () => {
    const { organization } = await advisor.ok(
      `query ($id: ID!) { organization(id: $id) { name statistics { startedCount toShareCount sharedCount participationsCount shareRate resultBands { key count } } } }`,
      { id: organizationId },
    );
    const { resultBands, ...counts } = organization.statistics;
    expect(counts).toEqual({ startedCount: 1, toShareCount: 1, sharedCount: 2, participationsCount: 4, shareRate: 0.5 });
    // Morel finished with everything validated but has not shared: not counted in any band.
    expect(resultBands.map((band: any) => [band.key, band.count])).toEqual([
      ['DIAGNOSTIC_BELOW_50', 1],
      ['DIAGNOSTIC_50_TO_80', 0],
      ['DIAGNOSTIC_ABOVE_80', 1],
      ['CLEA_BELOW_25', 0],
      ['CLEA_25_TO_60', 0],
      ['CLEA_60_TO_85', 0],
      ['CLEA_ABOVE_85', 0],
    ]);
  });

  it("lists the organisation's participants alphabetically with their participations", async () => {
    const { organization } = await advisor.ok(`query ($id: ID!) { organization(id: $id) { participants(search: "ar") { totalCount nodes { firstName lastName participationsCount } } } }`, { id: organizationId });
    expect(organization.participants.nodes.map((node: any) => `${node.firstName} ${node.lastName} ${node.participationsCount}`)).toEqual(["Ana Bernard 1", "Luc Caron 1"]);
  });

  it('shows none of it to a member of another organisation', async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const other = await addMember(server, support, (await createOrganization(support, 'Autre')).id);
    for (const query of [
      PARTICIPATIONS,
      `query ($id: ID!) { campaign(id: $id) { collectiveResults { averageMasteryRate } } }`,
      `query ($id: ID!) { campaign(id: $id) { resultBands { count } } }`,
    ]) {
      expect(await other.client.errorCodes(query, { id: campaign.id })).toEqual(['NOT_FOUND']);
    }
    expect(await other.client.errorCodes(`query ($id: ID!) { organization(id: $id) { statistics { sharedCount } } }`, { id: organizationId })).toEqual(['NOT_FOUND']);
    expect(await other.client.errorCodes(`query ($id: ID!) { organization(id: $id) { participants { totalCount } } }`, { id: organizationId })).toEqual(['NOT_FOUND']);
  });

  it('shows METIER the organisation and its team, but none of its campaigns, participants, results or figures', async () => {
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    const { organization } = await metier.ok(`query ($id: ID!) { organization(id: $id) { id members { totalCount } } }`, { id: organizationId });
    expect(organization.id).toBe(organizationId);
    expect(organization.members.totalCount).toBeGreaterThan(0);
    // The organisation is visible to METIER: its activity is refused as such.
    for (const field of ['campaigns { totalCount }', 'participants { totalCount }', 'statistics { sharedCount }']) {
      expect(await metier.errorCodes(`query ($id: ID!) { organization(id: $id) { ${field} } }`, { id: organizationId }), field).toEqual(['FORBIDDEN']);
    }
    // A campaign is not visible to METIER at all: the answer of an unknown id.
    for (const query of [PARTICIPATIONS, `query ($id: ID!) { campaign(id: $id) { collectiveResults { averageMasteryRate } } }`, `query ($id: ID!) { campaign(id: $id) { name } }`]) {
      const result = await metier.request(query, { id: campaign.id });
      expect(result.data).toBeNull();
      expect(result.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([{ message: 'Campagne introuvable.', code: 'NOT_FOUND' }]);
    }
  });
});

describe('SQL statements of the participants list', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('reads 100 participations with results in as many statements as 10 (no N+1)', async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    const advisor = (await addMember(server, support, organizationId)).client;
    const create = async (name: string) => (await advisor.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name } })).createCampaign.id as string;
    const [small, large] = [await create('Petite'), await create('Grande')];
    for (const [campaignId, count] of [[small, 10], [large, 120]] as const) {
      await server.orm.em.getConnection().execute(
        `with people as (
           insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
           select gen_random_uuid(), ?::uuid, gen_random_uuid(), 'Prénom', 'Nom' || n, now() from generate_series(1, ?) n returning id, user_id
         )
         insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, started_at, shared_at, pix_score, is_certifiable, results)
         select gen_random_uuid(), ?::uuid, id, user_id, 'SHARED', now(), now(), 42, true, '{"competences": []}'::jsonb from people`,
        [organizationId, count, campaignId],
      );
    }
    // Written around the use cases: the read side is recomputed as after a bulk load.
    await rebuildCampaignsReadSide({ em: server.orm.em.fork() });
    const query = `query ($id: ID!, $first: Int) { campaign(id: $id) { participations(first: $first) { nodes { participantFirstName participantLastName status progress pixScore isCertifiable badges { key } competenceLevels { level } sendings { id status pixScore } } } } }`;
    const ten = await advisor.request(query, { id: small, first: 10 });
    const hundred = await advisor.request(query, { id: large, first: 100 });
    expect(ten.data?.campaign.participations.nodes).toHaveLength(10);
    expect(hundred.data?.campaign.participations.nodes).toHaveLength(100);
    expect(hundred.data?.campaign.participations.nodes[0]).toMatchObject({ progress: 1, pixScore: 42, isCertifiable: true });
    expect(hundred.headers.get('x-sql-statements')).toBe(ten.headers.get('x-sql-statements'));
  });

  it("reads a campaign and checks the caller's rights once per request, however many of its fields are asked", async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    const advisor = (await addMember(server, support, organizationId)).client;
    const { id } = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } })).createCampaign;
    const statements = async (fields: string) => {
      const response = await advisor.request(`query ($id: ID!) { campaign(id: $id) { id ${fields} } }`, { id });
      expect(response.errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    const alone = await statements('');
    // Each field costs its own reads only: the campaign and the caller's rights come from the
    // request's guard, read once (a field that reloaded the campaign would cost one more).
    expect((await statements('resultBands { key }')) - alone).toBe(1);
    // An assessment campaign has no collective levels: only the referential is read (areas, competences).
    expect((await statements('collectiveLevels { competenceId }')) - alone).toBe(2);
    const screen = 'resultBands { key } collectiveResults { competenceId } participations(first: 5) { totalCount nodes { id } }';
    const separately = (await statements('resultBands { key }')) + (await statements('collectiveResults { competenceId }')) + (await statements('participations(first: 5) { totalCount nodes { id } }')) - 3 * alone;
    expect((await statements(screen)) - alone).toBe(separately);
  });
});
