import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code, participantExternalId: "FT-42") { id status } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`;
const PAGE = `query ($campaignId: ID!, $id: ID!) { campaign(id: $campaignId) { participation(id: $id) {
  id status participantFirstName participantLastName participantExternalId masteryRate validatedSkillsCount testedSkillsCount competenceResults { competenceId } } } }`;
const LANDING = `query ($code: String!) { campaignToJoin(code: $code) { code myParticipation { id status masteryRate } } }`;

describe("a participant's results page and the landing page's own participation", () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let outsider: GraphQLClient;
  let engine: GraphQLClient;
  let campaigns: { id: string; code: string }[];
  let skills: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    outsider = (await addMember(server, support, (await createOrganization(support)).id)).client;
    const input = { organizationId, type: 'ASSESSMENT', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, externalIdLabel: 'Identifiant France Travail' };
    campaigns = [
      (await advisor.ok(CREATE, { input: { ...input, name: 'Diagnostic A' } })).createCampaign,
      (await advisor.ok(CREATE, { input: { ...input, name: 'Diagnostic B' } })).createCampaign,
    ];
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
  });
  afterAll(() => server?.close());

  it('shows the participation to the team, results only once shared, and never through another campaign or organisation', async () => {
    const participant = server.client();
    const person = await signUpAs(participant);
    const { id } = (await participant.ok(START, { code: campaigns[0].code })).startParticipation;

    const started = (await advisor.ok(PAGE, { campaignId: campaigns[0].id, id })).campaign.participation;
    expect(started).toMatchObject({ id, status: 'STARTED', participantFirstName: person.firstName, participantLastName: person.lastName, participantExternalId: 'FT-42', masteryRate: null, testedSkillsCount: null });

    await engine.ok(RECORD, { id, elements: skills.slice(0, 3).map((skillId, index) => ({ skillId, status: index === 0 ? 'INVALIDATED' : 'VALIDATED' })) });
    expect((await advisor.ok(PAGE, { campaignId: campaigns[0].id, id })).campaign.participation).toMatchObject({ status: 'TO_SHARE', validatedSkillsCount: null });
    await participant.ok(SHARE, { id });
    const shared = (await advisor.ok(PAGE, { campaignId: campaigns[0].id, id })).campaign.participation;
    expect(shared).toMatchObject({ status: 'SHARED', validatedSkillsCount: 2, testedSkillsCount: 3 });
    expect(shared.competenceResults.length).toBeGreaterThan(0);

    expect(await advisor.errorCodes(PAGE, { campaignId: campaigns[1].id, id })).toEqual(['NOT_FOUND']);
    expect(await outsider.errorCodes(PAGE, { campaignId: campaigns[0].id, id })).toEqual(['NOT_FOUND']);
  });

  it("gives the landing page the signed-in person's own participation, and nothing to others", async () => {
    const participant = server.client();
    await signUpAs(participant);
    expect((await participant.ok(LANDING, { code: campaigns[1].code })).campaignToJoin.myParticipation).toBeNull();
    const { id } = (await participant.ok(START, { code: campaigns[1].code })).startParticipation;
    expect((await participant.ok(LANDING, { code: campaigns[1].code })).campaignToJoin.myParticipation).toEqual({ id, status: 'STARTED', masteryRate: null });
    expect((await server.client().ok(LANDING, { code: campaigns[1].code })).campaignToJoin.myParticipation).toBeNull();
    expect((await advisor.ok(LANDING, { code: campaigns[1].code })).campaignToJoin.myParticipation).toBeNull();
  });
});
