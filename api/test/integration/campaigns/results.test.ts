import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code) { id status } }`;
const RECORD = /* GraphQL */ `
  mutation Record($id: ID!, $elements: [KnowledgeElementInput!]!, $finished: Boolean) {
    recordKnowledgeElements(participationId: $id, elements: $elements, finished: $finished) { id status }
  }
`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status sharedAt masteryRate validatedSkillsCount pixScore competenceResults { competenceId masteryRate } badges { key } } }`;
const MINE = `{ myParticipations { id status masteryRate pixScore competenceResults { competenceId } } }`;

describe('the assessment engine records, the participant shares', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let superAdmin: GraphQLClient;
  let campaign: { id: string; code: string };
  let skills: string[];

  const countElements = async () =>
    Number((await server.orm.em.getConnection().execute('select count(*) from certification.knowledge_elements'))[0].count);

  const participant = async () => {
    const client = server.client();
    const person = await signUpAs(client);
    const { startParticipation } = await client.ok(START, { code: campaign.code });
    return { client, person, participationId: startParticipation.id as string };
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    const organizationId = (await createOrganization(support, 'Mission Locale de Limoges')).id;
    advisor = (await addMember(server, support, organizationId)).client;
    campaign = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic – mars', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, title: 'Diagnostic Pix emploi' } })).createCampaign;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
  });
  afterAll(() => server?.close());

  it('refuses every principal but the engine, and writes nothing', async () => {
    const { client, participationId } = await participant();
    const before = await countElements();
    const elements = [{ skillId: skills[0], status: 'VALIDATED' }];
    expect(await client.errorCodes(RECORD, { id: participationId, elements })).toEqual(['FORBIDDEN']);
    expect(await advisor.errorCodes(RECORD, { id: participationId, elements })).toEqual(['FORBIDDEN']);
    expect(await superAdmin.errorCodes(RECORD, { id: participationId, elements })).toEqual(['FORBIDDEN']);
    expect(await server.client().errorCodes(RECORD, { id: participationId, elements })).toEqual(['UNAUTHENTICATED']);
    expect(await countElements()).toBe(before);
  });

  it('refuses malformed elements with BAD_USER_INPUT naming them, and writes none of the call', async () => {
    const { participationId } = await participant();
    const before = await countElements();
    const cases = [
      [{ skillId: skills[0], status: 'VALIDATED' }, { skillId: 'no-such-skill', status: 'VALIDATED' }],
      [{ skillId: skills[0], status: 'VALIDATED' }, { skillId: skills[0], status: 'INVALIDATED' }],
      [{ skillId: skills[0], status: 'MAYBE' }],
    ];
    for (const elements of cases) {
      const result = await engine.request(RECORD, { id: participationId, elements });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors?.[0]?.extensions?.fields)).toContain('elements.');
    }
    expect(await countElements()).toBe(before);
  });

  it("updates the person's profile and eligibility, keeps results hidden until sharing, then freezes them", async () => {
    const { client, participationId } = await participant();
    const elements = skills.map((skillId, index) => ({ skillId, status: index % 2 === 0 ? 'VALIDATED' : 'INVALIDATED' }));
    expect((await engine.ok(RECORD, { id: participationId, elements: elements.slice(0, 4) })).recordKnowledgeElements.status).toBe('STARTED');
    expect(await client.errorCodes(SHARE, { id: participationId })).toEqual(['PARTICIPATION_NOT_FINISHED']);
    expect((await engine.ok(RECORD, { id: participationId, elements: elements.slice(4), finished: true })).recordKnowledgeElements.status).toBe('TO_SHARE');
    expect(await engine.errorCodes(RECORD, { id: participationId, elements: [] })).toEqual(['PARTICIPATION_NOT_STARTED']);

    const { me } = await client.ok('{ me { profile { pixScore } certificationEligibility { certifiableCompetencesCount } } }');
    expect(me.profile.pixScore).toBeGreaterThan(0);
    expect(me.certificationEligibility.certifiableCompetencesCount).toBeGreaterThanOrEqual(0);

    const waiting = (await client.ok(MINE)).myParticipations.find((entry: any) => entry.id === participationId);
    expect(waiting).toMatchObject({ status: 'TO_SHARE', masteryRate: null, pixScore: null, competenceResults: null });

    const { shareParticipationResults: shared } = await client.ok(SHARE, { id: participationId });
    const validated = elements.filter((element) => element.status === 'VALIDATED').length;
    expect(shared).toMatchObject({ status: 'SHARED', validatedSkillsCount: validated, masteryRate: Math.round((validated / skills.length) * 100) / 100 });
    expect(shared.competenceResults.length).toBeGreaterThan(0);
    expect(await client.errorCodes(SHARE, { id: participationId })).toEqual(['ALREADY_SHARED']);
  });

  it("lets only the participant share, and never to an archived campaign", async () => {
    const { client, participationId } = await participant();
    await engine.ok(RECORD, { id: participationId, elements: [{ skillId: skills[0], status: 'VALIDATED' }], finished: true });
    expect(await advisor.errorCodes(SHARE, { id: participationId })).toEqual(['NOT_FOUND']);
    await advisor.ok(`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id: campaign.id });
    try {
      expect(await client.errorCodes(SHARE, { id: participationId })).toEqual(['CAMPAIGN_ARCHIVED']);
    } finally {
      await advisor.ok(`mutation ($id: ID!) { unarchiveCampaign(id: $id) { id } }`, { id: campaign.id });
    }
    expect((await client.ok(SHARE, { id: participationId })).shareParticipationResults.status).toBe('SHARED');
  });
});

describe('multiple sendings and "Je retente"', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('refuses a new sending 3 days after sharing (RETRY_NOT_ALLOWED_YET) and accepts it after 4', async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    const advisor = (await addMember(server, support, organizationId)).client;
    const { createCampaign } = await advisor.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Envois multiples', multipleSendings: true, externalIdLabel: 'Identifiant' } });
    const engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    const client = server.client();
    await signUpAs(client);
    const START_WITH_ID = `mutation ($code: String!) { startParticipation(code: $code, participantExternalId: "ID-7") { id status } }`;
    const first = (await client.ok(START_WITH_ID, { code: createCampaign.code })).startParticipation;
    const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id status participantExternalId } }`;
    expect(await client.errorCodes(RETRY, { id: createCampaign.id })).toEqual(['ALREADY_PARTICIPATED']);

    await engine.ok(RECORD, { id: first.id, elements: [], finished: true });
    await client.ok(SHARE, { id: first.id });
    const sharedDaysAgo = (days: number) =>
      server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - (? || ' days')::interval where id = ?`, [String(days), first.id]);

    await sharedDaysAgo(3);
    const early = await client.request(RETRY, { id: createCampaign.id });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'RETRY_NOT_ALLOWED_YET', availableAt: expect.any(String) });

    await sharedDaysAgo(4);
    const { retryParticipation } = await client.ok(RETRY, { id: createCampaign.id });
    expect(retryParticipation).toMatchObject({ status: 'STARTED', participantExternalId: 'ID-7' });
    expect(retryParticipation.id).not.toBe(first.id);
  });
});

describe('"Je retente" and "remise à zéro"', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let organizationId: string;
  const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id status } }`;
  const RESET = `mutation ($id: ID!) { resetParticipation(campaignId: $id) { id status } }`;

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
  });
  afterAll(() => server?.close());

  const profileSkills = async (targetProfileId: string) =>
    (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [targetProfileId],
    )).map((row) => row.skill_id);
  const shareLongAgo = (participationId: string) =>
    server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - interval '5 days' where id = ?`, [participationId]);
  const finishAndShare = async (client: GraphQLClient, participationId: string, elements: { skillId: string; status: string }[]) => {
    await engine.ok(RECORD, { id: participationId, elements, finished: true });
    return (await client.ok(SHARE, { id: participationId })).shareParticipationResults;
  };

  it('"Je retente" keeps the validated skills; "remise à zéro" asks every skill again', async () => {
    const skills = await profileSkills(PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    const { createCampaign: campaign } = await advisor.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic, envois multiples', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, multipleSendings: true },
    });
    const client = server.client();
    await signUpAs(client);
    const first = (await client.ok(START, { code: campaign.code })).startParticipation;
    const half = skills.slice(0, Math.floor(skills.length / 2));
    const firstResults = await finishAndShare(client, first.id, skills.map((skillId) => ({ skillId, status: half.includes(skillId) ? 'VALIDATED' : 'INVALIDATED' })));
    expect(firstResults.validatedSkillsCount).toBe(half.length);

    // Too early for either.
    expect(await client.errorCodes(RESET, { id: campaign.id })).toEqual(['RETRY_NOT_ALLOWED_YET']);

    // "Je retente": only the failed questions are asked again, the validated ones still count.
    await shareLongAgo(first.id);
    const second = (await client.ok(RETRY, { id: campaign.id })).retryParticipation;
    const secondResults = await finishAndShare(client, second.id, []);
    expect(secondResults.validatedSkillsCount).toBe(half.length);

    // "Remise à zéro": nothing counts any more until the engine reports again.
    await shareLongAgo(second.id);
    const third = (await client.ok(RESET, { id: campaign.id })).resetParticipation;
    expect(third).toMatchObject({ status: 'STARTED' });
    const thirdResults = await finishAndShare(client, third.id, [{ skillId: skills[0]!, status: 'VALIDATED' }]);
    expect(thirdResults).toMatchObject({ validatedSkillsCount: 1 });
    expect(thirdResults.masteryRate).toBeLessThan(firstResults.masteryRate);

    // The earlier snapshots stay as they were shared: the history is never rewritten.
    const shared = await server.orm.em.getConnection().execute<{ id: string; validated_skills_count: number }[]>(
      'select id, validated_skills_count from campaigns.participations where campaign_id = ? order by started_at',
      [campaign.id],
    );
    expect(shared.map((row) => row.validated_skills_count)).toEqual([half.length, half.length, 1]);
  });

  it('refuses a reset when the profile does not allow it (RESET_NOT_ALLOWED), and nothing is written', async () => {
    const { createCampaign: campaign } = await advisor.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'CléA, envois multiples', targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, multipleSendings: true },
    });
    const client = server.client();
    await signUpAs(client);
    const first = (await client.ok(START, { code: campaign.code })).startParticipation;
    await finishAndShare(client, first.id, []);
    await shareLongAgo(first.id);
    expect(await client.errorCodes(RESET, { id: campaign.id })).toEqual(['RESET_NOT_ALLOWED']);
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from campaigns.participations where campaign_id = ?', [campaign.id]);
    expect(Number(count)).toBe(1);
  });

  it('never lets the engine report a RESET itself', async () => {
    const skills = await profileSkills(PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    const { createCampaign: campaign } = await advisor.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID },
    });
    const client = server.client();
    await signUpAs(client);
    const { startParticipation } = await client.ok(START, { code: campaign.code });
    expect(await engine.errorCodes(RECORD, { id: startParticipation.id, elements: [{ skillId: skills[0], status: 'RESET' }] })).toEqual(['BAD_USER_INPUT']);
  });
});
