import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code) { id } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!, $finished: Boolean) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: $finished) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { masteryRate } }`;
const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id } }`;
const RESET = `mutation ($id: ID!) { resetParticipation(campaignId: $id) { id } }`;
const FIGURES = `query ($id: ID!) { campaign(id: $id) { participantsCount sharedParticipationsCount certifiableParticipantsCount
  collectiveResults { competenceId averageMasteryRate participantsCount } collectiveLevels { competenceId averageLevel participantsCount }
  resultBands { count } } }`;

/**
 * The kept read side (counts, per competence sums, people per mastery rate, copied names and
 * result pointers) against the same figures recomputed from the participations, after each kind
 * of change a person's participations go through, each made by the application's use cases.
 */
describe('campaigns read side: kept figures equal recomputed ones', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let organizationId: string;
  let assessment: { id: string; code: string };
  let collection: { id: string; code: string };
  let skills: string[];

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server.orm.em.getConnection().execute<T[]>(text, params);

  /** Everything kept, zero rows aside (a person withdrawn leaves a row at 0 that a rebuild does not write). */
  const kept = async () => ({
    counts: await sql(`select * from campaigns.campaign_counts where participants <> 0 or shared <> 0 order by campaign_id`),
    competences: await sql(`select * from campaigns.campaign_competence_results where mastery_people <> 0 or level_people <> 0 order by campaign_id, competence_id`),
    rates: await sql(`select * from campaigns.campaign_mastery_rates where people <> 0 order by campaign_id, mastery_rate`),
    organizations: await sql(`select * from campaigns.organization_participant_counts where participants <> 0 order by organization_id`),
    participations: await sql(`select id, last_name, first_name, shared_participation_id, shared_is_certifiable from campaigns.participations order by id`),
  });

  const expectKeptEqualsRebuilt = async () => {
    const before = await kept();
    await rebuildCampaignsReadSide({ em: server.orm.em.fork() });
    expect(before).toEqual(await kept());
  };

  const figures = async (id: string) => (await advisor.ok(FIGURES, { id })).campaign;
  const sharedLongAgo = (participationId: string) => sql(`update campaigns.participations set shared_at = now() - interval '5 days' where id = ?`, [participationId]);
  const person = async (lastName: string) => {
    const client = server.client();
    await signUpAs(client, { firstName: 'Camille', lastName });
    return client;
  };
  const start = async (client: GraphQLClient, campaign: { code: string }) => (await client.ok(START, { code: campaign.code })).startParticipation.id as string;
  const finish = (id: string, validated: number) =>
    engine.ok(RECORD, { id, elements: skills.map((skillId, index) => ({ skillId, status: index < validated ? 'VALIDATED' : 'INVALIDATED' })), finished: true });

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await sql<{ skill_id: string }>('select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id', [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID])).map((row) => row.skill_id);
    assessment = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, multipleSendings: true } })).createCampaign;
    collection = (await advisor.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte' } })).createCampaign;
  });
  afterAll(() => server?.close());

  it('after start, finish, share, "Je retente" in progress and shared, "remise à zéro", archive, unarchive and delete', async () => {
    const ambre = await person('Ambre');
    const basile = await person('Basile');

    const ambreFirst = await start(ambre, assessment);
    await expectKeptEqualsRebuilt();
    expect(await figures(assessment.id)).toMatchObject({ participantsCount: 1, sharedParticipationsCount: 0, collectiveResults: [] });

    await finish(ambreFirst, 4);
    await expectKeptEqualsRebuilt();
    await ambre.ok(SHARE, { id: ambreFirst });
    await expectKeptEqualsRebuilt();
    const afterFirstShare = await figures(assessment.id);
    expect(afterFirstShare).toMatchObject({ participantsCount: 1, sharedParticipationsCount: 1 });
    expect(afterFirstShare.collectiveResults.length).toBeGreaterThan(0);

    const basileFirst = await start(basile, assessment);
    await finish(basileFirst, skills.length - 1);
    await basile.ok(SHARE, { id: basileFirst });
    await expectKeptEqualsRebuilt();
    expect(await figures(assessment.id)).toMatchObject({ participantsCount: 2, sharedParticipationsCount: 2 });

    // "Je retente" in progress: Ambre still counts once, with her first result.
    await sharedLongAgo(ambreFirst);
    const ambreSecond = (await ambre.ok(RETRY, { id: assessment.id })).retryParticipation.id;
    await expectKeptEqualsRebuilt();
    const whileRetrying = await figures(assessment.id);
    expect(whileRetrying).toMatchObject({ participantsCount: 2, sharedParticipationsCount: 2 });
    expect(whileRetrying.collectiveResults).toEqual(afterFirstShare.collectiveResults.length ? expect.any(Array) : []);

    // The retry shared: her new result replaces the first one in every figure.
    await finish(ambreSecond, skills.length);
    await expectKeptEqualsRebuilt();
    await ambre.ok(SHARE, { id: ambreSecond });
    await expectKeptEqualsRebuilt();
    const afterRetry = await figures(assessment.id);
    expect(afterRetry).toMatchObject({ participantsCount: 2, sharedParticipationsCount: 2 });
    expect(afterRetry.resultBands.reduce((sum: number, band: { count: number }) => sum + band.count, 0)).toBe(afterRetry.resultBands.length ? 2 : 0);
    expect(afterRetry.collectiveResults).not.toEqual(whileRetrying.collectiveResults);

    // "Remise à zéro", then its result shared.
    await sharedLongAgo(basileFirst);
    const basileReset = (await basile.ok(RESET, { id: assessment.id })).resetParticipation.id;
    await expectKeptEqualsRebuilt();
    await finish(basileReset, 1);
    await basile.ok(SHARE, { id: basileReset });
    await expectKeptEqualsRebuilt();

    // A profiles collection: levels, pix and certifiability are kept too.
    const chloe = await person('Chloé');
    const profile = await start(chloe, collection);
    await engine.ok(RECORD, { id: profile, elements: [], finished: true });
    await chloe.ok(SHARE, { id: profile });
    await expectKeptEqualsRebuilt();
    expect(await figures(collection.id)).toMatchObject({ participantsCount: 1, sharedParticipationsCount: 1, certifiableParticipantsCount: expect.any(Number) });

    const untouched = await figures(assessment.id);
    await advisor.ok(`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id: assessment.id });
    await expectKeptEqualsRebuilt();
    await advisor.ok(`mutation ($id: ID!) { unarchiveCampaign(id: $id) { id } }`, { id: assessment.id });
    await expectKeptEqualsRebuilt();
    expect(await figures(assessment.id)).toEqual(untouched);

    // Deleting anonymises: the campaign counts no one, its participations lose names and pointers.
    await advisor.ok(`mutation ($id: ID!) { deleteCampaign(id: $id) }`, { id: collection.id });
    await expectKeptEqualsRebuilt();
    expect(await sql(`select 1 from campaigns.campaign_counts where campaign_id = ? and participants <> 0`, [collection.id])).toEqual([]);
    expect(await sql(`select 1 from campaigns.participations where campaign_id = ? and (last_name is not null or shared_participation_id is not null)`, [collection.id])).toEqual([]);
    // The organisation still knows its three participants (a person is not a participation).
    expect(await sql(`select participants from campaigns.organization_participant_counts where organization_id = ?`, [organizationId])).toEqual([{ participants: 3 }]);
  });

  it('stays right when the engine reports the end of one test several times at once', async () => {
    const client = await person('Durand');
    const id = await start(client, assessment);
    const reports = await Promise.all(Array.from({ length: 6 }, () => engine.request(RECORD, { id, elements: [], finished: true })));
    expect(reports.filter((report) => !report.errors).length).toBeGreaterThanOrEqual(1);
    await expectKeptEqualsRebuilt();
  });
});
