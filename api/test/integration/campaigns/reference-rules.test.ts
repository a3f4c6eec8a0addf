import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!, $externalId: String) { startParticipation(code: $code, participantExternalId: $externalId) { id status participantExternalId } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { masteryRate } }`;
const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id } }`;
const RESET = `mutation ($id: ID!) { resetParticipation(campaignId: $id) { id } }`;
const LANDING = `query ($code: String!) { campaignToJoin(code: $code) { canRetry canReset retryAvailableAt } }`;

/** Rules of Pix Orga the reference system keeps: nothing to improve, the identifier is the person's key. */
describe('new sendings as the reference system has them', () => {
  let server: TestServer;
  let engine: GraphQLClient;
  let campaign: { id: string; code: string };
  let skills: string[];

  /** A person who shared `validated` of the profile's skills, five days ago (past the retry delay). */
  const sharedFiveDaysAgo = async (validated: number, externalId: string) => {
    const client = server.client();
    await signUpAs(client);
    const { id } = (await client.ok(START, { code: campaign.code, externalId })).startParticipation;
    await engine.ok(RECORD, { id, elements: skills.map((skillId, index) => ({ skillId, status: index < validated ? 'VALIDATED' : 'INVALIDATED' })) });
    const { masteryRate } = (await client.ok(SHARE, { id })).shareParticipationResults;
    await server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - interval '5 days' where id = ?`, [id]);
    return { client, id: id as string, masteryRate: masteryRate as number };
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    const organizationId = (await createOrganization(support)).id;
    const advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
    campaign = (await advisor.ok(CREATE, {
      input: { organizationId, type: 'ASSESSMENT', name: 'Diagnostic', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, multipleSendings: true, externalIdLabel: 'Identifiant France Travail' },
    })).createCampaign;
  });
  afterAll(() => server?.close());

  it('refuses a retry after a shared result that validated every skill (NOTHING_TO_IMPROVE), and offers none', async () => {
    const { client, masteryRate } = await sharedFiveDaysAgo(skills.length, 'FT-100');
    expect(masteryRate).toBe(1);
    expect(await client.ok(LANDING, { code: campaign.code })).toEqual({ campaignToJoin: { canRetry: false, canReset: false, retryAvailableAt: null } });
    expect(await client.errorCodes(RETRY, { id: campaign.id })).toEqual(['NOTHING_TO_IMPROVE']);
    expect(await client.errorCodes(RESET, { id: campaign.id })).toEqual(['NOTHING_TO_IMPROVE']);
    expect(await client.errorCodes(START, { code: campaign.code, externalId: 'FT-100' })).toEqual(['NOTHING_TO_IMPROVE']);
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from campaigns.participations where campaign_id = ?', [campaign.id]);
    expect(Number(count)).toBe(1);
  });

  it('still offers "Je retente" below full mastery', async () => {
    const { client } = await sharedFiveDaysAgo(skills.length - 1, 'FT-099');
    expect((await client.ok(LANDING, { code: campaign.code })).campaignToJoin.canRetry).toBe(true);
  });

  it('keeps the previous identifier when startParticipation is a new sending with another one', async () => {
    const { client } = await sharedFiveDaysAgo(1, 'FT-FIRST');
    const { startParticipation } = await client.ok(START, { code: campaign.code, externalId: 'FT-OTHER' });
    expect(startParticipation).toMatchObject({ status: 'STARTED', participantExternalId: 'FT-FIRST' });
    // Nor is the identifier asked again: the person is already known by it.
    const again = await sharedFiveDaysAgo(1, 'FT-SECOND');
    expect((await again.client.ok(START, { code: campaign.code })).startParticipation.participantExternalId).toBe('FT-SECOND');
  });
});
