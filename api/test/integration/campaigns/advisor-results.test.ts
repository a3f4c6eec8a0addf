import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code, participantExternalId: "FT-1") { id } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { masteryRate } }`;
const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id status } }`;
const PAGE = `query ($campaignId: ID!, $id: ID!) { campaign(id: $campaignId) { participation(id: $id) {
  id status masteryRate isCertifiable competenceLevels { competenceId level pixScore }
  sendings { id status startedAt sharedAt masteryRate validatedSkillsCount competenceResults { competenceId } } } } }`;
const COLLECTIVE = `query ($id: ID!) { campaign(id: $id) { sharedParticipationsCount certifiableParticipantsCount
  collectiveResults { competenceId averageMasteryRate averageValidatedSkillsCount totalSkillsCount participantsCount }
  collectiveLevels { competenceId competenceCode competenceName averageLevel averagePixScore participantsCount } } }`;

/**
 * What the advisor's result screens read: a person's sendings ("Je retente") each with its own
 * result once shared, the levels of a shared profile, and the collective figures of both kinds
 * of campaign, once a person (their latest shared result).
 */
describe("the advisor's result screens", () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let outsider: GraphQLClient;
  let engine: GraphQLClient;
  let assessment: { id: string; code: string };
  let collection: { id: string; code: string };
  let skills: { skill_id: string; competence_id: string }[];
  const ids: Record<string, string> = {};

  const join = async (client: GraphQLClient, campaign: { code: string }, validated: (index: number) => boolean, share: boolean) => {
    const { id } = (await client.ok(START, { code: campaign.code })).startParticipation;
    const elements = campaign === collection ? [] : skills.map((skill, index) => ({ skillId: skill.skill_id, status: validated(index) ? 'VALIDATED' : 'INVALIDATED' }));
    await engine.ok(RECORD, { id, elements });
    if (share) await client.ok(SHARE, { id });
    return id as string;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support, 'Mission Locale de Brive')).id;
    advisor = (await addMember(server, support, organizationId)).client;
    outsider = (await addMember(server, support, (await createOrganization(support)).id)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = await server.orm.em.getConnection().execute(
      `select tps.skill_id, s.competence_id from certification.target_profile_skills tps join certification.skills s on s.id = tps.skill_id
        where tps.target_profile_id = ? order by tps.skill_id`,
      [PIX_EMPLOI_CLEA_TARGET_PROFILE_ID],
    );
    assessment = (await advisor.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'CléA', targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, multipleSendings: true, externalIdLabel: 'Identifiant' },
    })).createCampaign;
    collection = (await advisor.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte', externalIdLabel: 'Identifiant' } })).createCampaign;

    // Nadia shares every other skill, then retries five days later (the retry runs).
    const nadia = server.client();
    await signUpAs(nadia, { firstName: 'Nadia', lastName: 'Pixou' });
    ids.nadiaFirst = await join(nadia, assessment, (index) => index % 2 === 0, true);
    await server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - interval '5 days', started_at = now() - interval '6 days' where id = ?`, [ids.nadiaFirst]);
    ids.nadiaRetry = (await nadia.ok(RETRY, { id: assessment.id })).retryParticipation.id;
    // Marc validates everything and shares both campaigns; Jeanne finishes without sharing.
    const marc = server.client();
    await signUpAs(marc, { firstName: 'Marc', lastName: 'Élan' });
    ids.marc = await join(marc, assessment, () => true, true);
    ids.marcProfile = await join(marc, collection, () => true, true);
    const jeanne = server.client();
    await signUpAs(jeanne, { firstName: 'Jeanne', lastName: 'Rolix' });
    ids.jeanne = await join(jeanne, assessment, () => true, false);
    ids.jeanneProfile = await join(jeanne, collection, () => true, false);
    // Nadia shares her profile too: fewer pix than Marc's.
    ids.nadiaProfile = await join(nadia, collection, () => true, true);
  });
  afterAll(() => server?.close());

  it("lists a person's sendings newest first, each with its own result once shared", async () => {
    const page = (await advisor.ok(PAGE, { campaignId: assessment.id, id: ids.nadiaRetry })).campaign.participation;
    expect(page.sendings.map((sending: any) => [sending.id, sending.status, sending.masteryRate === null])).toEqual([
      [ids.nadiaRetry, 'STARTED', true],
      [ids.nadiaFirst, 'SHARED', false],
    ]);
    expect(page.sendings[1].masteryRate).toBeCloseTo(0.5, 1);
    expect(page.sendings[1].competenceResults.length).toBeGreaterThan(0);
    // The earlier sending's own page lists the same sendings.
    const first = (await advisor.ok(PAGE, { campaignId: assessment.id, id: ids.nadiaFirst })).campaign.participation;
    expect(first.sendings.map((sending: any) => sending.id)).toEqual([ids.nadiaRetry, ids.nadiaFirst]);
  });

  it('never shows an unshared result, in the sendings or the levels', async () => {
    const jeanne = (await advisor.ok(PAGE, { campaignId: assessment.id, id: ids.jeanne })).campaign.participation;
    expect(jeanne.sendings).toEqual([{ id: ids.jeanne, status: 'TO_SHARE', startedAt: expect.any(String), sharedAt: null, masteryRate: null, validatedSkillsCount: null, competenceResults: null }]);
    const profile = (await advisor.ok(PAGE, { campaignId: collection.id, id: ids.jeanneProfile })).campaign.participation;
    expect(profile).toMatchObject({ status: 'TO_SHARE', isCertifiable: null, competenceLevels: null });
  });

  it("gives a shared profile's level in each competence of the referential", async () => {
    const marc = (await advisor.ok(PAGE, { campaignId: collection.id, id: ids.marcProfile })).campaign.participation;
    expect(marc.competenceLevels.length).toBe(16);
    expect(marc.competenceLevels.some((competence: any) => competence.level >= 1)).toBe(true);
    for (const competence of marc.competenceLevels) expect(competence.level).toBe(Math.min(8, Math.floor(competence.pixScore / 8)));
    expect(typeof marc.isCertifiable).toBe('boolean');
    // An assessment has no levels.
    expect((await advisor.ok(PAGE, { campaignId: assessment.id, id: ids.marc })).campaign.participation.competenceLevels).toBeNull();
  });

  it("gives a profiles collection's mean levels and certifiable people over shared profiles, once a person", async () => {
    const { campaign } = await advisor.ok(COLLECTIVE, { id: collection.id });
    expect(campaign.sharedParticipationsCount).toBe(2);
    expect(campaign.collectiveResults).toEqual([]);
    expect(campaign.collectiveLevels).toHaveLength(16);
    const profiles = await Promise.all([ids.marcProfile, ids.nadiaProfile].map(async (id) => (await advisor.ok(PAGE, { campaignId: collection.id, id })).campaign.participation));
    for (const competence of campaign.collectiveLevels) {
      expect(competence.participantsCount).toBe(2);
      expect(competence.competenceName).toBeTruthy();
      const levels = profiles.map((profile) => profile.competenceLevels.find((level: any) => level.competenceId === competence.competenceId).level);
      expect(competence.averageLevel).toBeCloseTo((levels[0] + levels[1]) / 2, 1);
    }
    expect(campaign.certifiableParticipantsCount).toBe(profiles.filter((profile) => profile.isCertifiable).length);
  });

  it("adds the mean validated skills and the evaluated skills per competence of an assessment, over each person's latest shared result", async () => {
    const { campaign } = await advisor.ok(COLLECTIVE, { id: assessment.id });
    expect(campaign.certifiableParticipantsCount).toBeNull();
    expect(campaign.collectiveLevels).toEqual([]);
    // Nadia's result is her first sending (the retry runs); Marc validated everything; Jeanne has not shared.
    for (const competence of campaign.collectiveResults) {
      const indexes = skills.map((skill, index) => ({ skill, index })).filter(({ skill }) => skill.competence_id === competence.competenceId);
      const nadia = indexes.filter(({ index }) => index % 2 === 0).length;
      expect(competence.participantsCount).toBe(2);
      expect(competence.totalSkillsCount).toBe(indexes.length);
      expect(competence.averageValidatedSkillsCount).toBeCloseTo((nadia + indexes.length) / 2, 1);
    }
  });

  it("shows none of it to another organisation's member", async () => {
    expect(await outsider.errorCodes(PAGE, { campaignId: assessment.id, id: ids.nadiaRetry })).toEqual(['NOT_FOUND']);
    for (const field of ['collectiveLevels { averageLevel }', 'certifiableParticipantsCount', 'collectiveResults { averageValidatedSkillsCount }']) {
      expect(await outsider.errorCodes(`query ($id: ID!) { campaign(id: $id) { ${field} } }`, { id: collection.id }), field).toEqual(['NOT_FOUND']);
    }
  });
});
