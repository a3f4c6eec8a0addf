import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code) { id status } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!, $finished: Boolean!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: $finished) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`;
/** What the landing page reads about the signed-in person's own result. */
const LANDING = `query ($code: String!) { campaignToJoin(code: $code) {
  myResultBand { key message }
  mySharedResult { id status masteryRate sharedAt }
  myParticipation { id status progress masteryRate competenceResults { competenceId masteryRate } badges { key title } }
} }`;

/**
 * The landing page after sharing (guide p.30-37): the participant reads their detailed results,
 * the guide's message for their band and their badges, and nobody else reads them: not before
 * sharing, not another account, not a visitor, not the organisation's advisor on the public page.
 */
describe("the landing page's own result: band message, competences and badges, once shared and only for oneself", () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let clea: { id: string; code: string };
  let profiles: { id: string; code: string };
  let retried: { id: string; code: string };
  let skills: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    clea = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'CléA', targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } })).createCampaign;
    profiles = (await advisor.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Profils' } })).createCampaign;
    retried = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'CléA bis', targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, multipleSendings: true } })).createCampaign;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_CLEA_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
  });
  afterAll(() => server?.close());

  const landing = async (client: GraphQLClient, code = clea.code) => (await client.ok(LANDING, { code })).campaignToJoin;

  it('gives nothing of the result before sharing, then the band message, the competences and the CléA badge', async () => {
    const participant = server.client();
    await signUpAs(participant);
    const { id } = (await participant.ok(START, { code: clea.code })).startParticipation;
    const elements = skills.map((skillId) => ({ skillId, status: 'VALIDATED' }));

    await engine.ok(RECORD, { id, elements: elements.slice(0, 2), finished: false });
    const running = await landing(participant);
    expect(running.myResultBand).toBeNull();
    expect(running.mySharedResult).toBeNull();
    expect(running.myParticipation).toMatchObject({ id, status: 'STARTED', masteryRate: null, competenceResults: null, badges: null });
    expect(running.myParticipation.progress).toBeGreaterThan(0);

    await engine.ok(RECORD, { id, elements: elements.slice(2), finished: true });
    const finished = await landing(participant);
    expect(finished.myResultBand).toBeNull();
    expect(finished.mySharedResult).toBeNull();
    expect(finished.myParticipation).toMatchObject({ status: 'TO_SHARE', progress: 1, masteryRate: null, competenceResults: null, badges: null });

    await participant.ok(SHARE, { id });
    const shared = await landing(participant);
    expect(shared.myResultBand).toEqual({ key: 'CLEA_ABOVE_85', message: "Vous maîtrisez l'essentiel, et êtes capable d'utiliser le numérique en autonomie en milieu professionnel !" });
    expect(shared.myParticipation).toMatchObject({ status: 'SHARED', masteryRate: 1 });
    expect(shared.mySharedResult).toMatchObject({ id, status: 'SHARED', masteryRate: 1 });
    expect(shared.myParticipation.competenceResults.length).toBeGreaterThan(0);
    expect(shared.myParticipation.badges.map((badge: { title: string }) => badge.title)).toEqual([expect.stringMatching(/CléA/)]);

    // Another account, a visitor and the organisation's advisor read the same public page: nothing of it.
    const other = server.client();
    await signUpAs(other);
    for (const client of [other, server.client(), advisor]) {
      expect(await landing(client)).toEqual({ myResultBand: null, mySharedResult: null, myParticipation: null });
    }
  });

  it("gives the band of the person's own mastery: a low result reads the guide's first message", async () => {
    const participant = server.client();
    await signUpAs(participant);
    const { id } = (await participant.ok(START, { code: clea.code })).startParticipation;
    await engine.ok(RECORD, { id, elements: skills.map((skillId, index) => ({ skillId, status: index < 2 ? 'VALIDATED' : 'INVALIDATED' })), finished: true });
    await participant.ok(SHARE, { id });
    const shared = await landing(participant);
    expect(shared.myResultBand).toEqual({ key: 'CLEA_BELOW_25', message: "Bravo d'être allé au bout du parcours ! Nous allons pouvoir vous proposer un accompagnement au plus près de vos besoins." });
    expect(shared.myParticipation.badges).toEqual([]);
  });

  it('gives no band for a profiles collection (the guide has none)', async () => {
    const participant = server.client();
    await signUpAs(participant);
    const { id } = (await participant.ok(START, { code: profiles.code })).startParticipation;
    await engine.ok(RECORD, { id, elements: [], finished: true });
    await participant.ok(SHARE, { id });
    const shared = await landing(participant, profiles.code);
    expect(shared.myParticipation.status).toBe('SHARED');
    expect(shared.myResultBand).toBeNull();
  });

  it('keeps the earlier shared result and its band beside a "Je retente" in progress, until the new sending is shared', async () => {
    const participant = server.client();
    await signUpAs(participant);
    const { id } = (await participant.ok(START, { code: retried.code })).startParticipation;
    await engine.ok(RECORD, { id, elements: skills.slice(0, 3).map((skillId) => ({ skillId, status: 'VALIDATED' })), finished: true });
    await participant.ok(SHARE, { id });
    const first = await landing(participant, retried.code);
    expect(first.myResultBand).not.toBeNull();
    expect(first.mySharedResult).toMatchObject({ id, status: 'SHARED' });
    await server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - interval '5 days' where id = ?`, [id]);
    const retry = (await participant.ok(`mutation ($id: ID!) { retryParticipation(campaignId: $id) { id status } }`, { id: retried.id })).retryParticipation;
    const running = await landing(participant, retried.code);
    expect(running.myParticipation).toMatchObject({ id: retry.id, status: 'STARTED', masteryRate: null, badges: null });
    // One person, one result: what the organisation reads (the earlier sending) stays on the page.
    expect(running.mySharedResult).toMatchObject({ id, status: 'SHARED', masteryRate: first.mySharedResult.masteryRate });
    expect(running.myResultBand).toEqual(first.myResultBand);
  });
});
