import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!) { startParticipation(code: $code) { id status } }`;
const RECORD = `mutation ($id: ID!) { recordKnowledgeElements(participationId: $id, elements: [], finished: true) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`;
const RETRY = `mutation ($id: ID!) { retryParticipation(campaignId: $id) { id status } }`;
const LANDING = `query ($code: String!) { campaignToJoin(code: $code) { campaignId canRetry canReset retryAvailableAt myParticipation { id status sharedAt } } }`;

describe('the landing page offers "Je retente" and "Remettre à zéro" only when they would work', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let engine: GraphQLClient;
  let organizationId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
  });
  afterAll(() => server?.close());

  const sharedDaysAgo = (participationId: string, days: number) =>
    server.orm.em.getConnection().execute(`update campaigns.participations set shared_at = now() - (? || ' days')::interval where id = ?`, [String(days), participationId]);
  const campaignOf = async (name: string, targetProfileId: string, multipleSendings = true) =>
    (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name, targetProfileId, multipleSendings } })).createCampaign as { id: string; code: string };
  const shareAsNewParticipant = async (campaign: { code: string }) => {
    const client = server.client();
    await signUpAs(client);
    const { id } = (await client.ok(START, { code: campaign.code })).startParticipation;
    const landing = async () => (await client.ok(LANDING, { code: campaign.code })).campaignToJoin;
    const before = await landing();
    await engine.ok(RECORD, { id });
    await client.ok(SHARE, { id });
    return { client, id: id as string, before, landing };
  };

  it('Diagnostic initial: nothing before sharing, the date 3 days after, both buttons after 4 days; the retry then starts a new participation', async () => {
    const campaign = await campaignOf('Diagnostic, envois multiples', PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    const { client, id, before, landing } = await shareAsNewParticipant(campaign);
    expect(before).toMatchObject({ campaignId: campaign.id, canRetry: false, canReset: false, retryAvailableAt: null, myParticipation: { status: 'STARTED' } });

    await sharedDaysAgo(id, 3);
    const early = await landing();
    expect(early).toMatchObject({ canRetry: false, canReset: false, myParticipation: { status: 'SHARED' } });
    const availableAt = new Date(early.retryAvailableAt).getTime();
    expect(availableAt - new Date(early.myParticipation.sharedAt).getTime()).toBe(4 * 24 * 3600 * 1000);
    expect(availableAt).toBeGreaterThan(Date.now());
    // The field and the mutation agree.
    const refused = await client.request(RETRY, { id: campaign.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RETRY_NOT_ALLOWED_YET', availableAt: early.retryAvailableAt });

    await sharedDaysAgo(id, 4);
    expect(await landing()).toMatchObject({ canRetry: true, canReset: true, retryAvailableAt: expect.any(String) });

    const { retryParticipation } = await client.ok(RETRY, { id: campaign.id });
    expect(await landing()).toMatchObject({ canRetry: false, canReset: false, retryAvailableAt: null, myParticipation: { id: retryParticipation.id, status: 'STARTED' } });
  });

  it('CléA numérique: "Je retente" but never "Remettre à zéro" (the profile does not allow it)', async () => {
    const campaign = await campaignOf('CléA, envois multiples', PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);
    const { id, landing } = await shareAsNewParticipant(campaign);
    await sharedDaysAgo(id, 5);
    expect(await landing()).toMatchObject({ canRetry: true, canReset: false });
  });

  it('without multiple sendings, signed out, or once the campaign is archived: nothing to offer', async () => {
    const single = await campaignOf('Diagnostic, envoi unique', PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, false);
    const { id, landing } = await shareAsNewParticipant(single);
    await sharedDaysAgo(id, 5);
    expect(await landing()).toMatchObject({ canRetry: false, canReset: false, retryAvailableAt: null });

    const multiple = await campaignOf('Diagnostic, archivée', PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    const shared = await shareAsNewParticipant(multiple);
    await sharedDaysAgo(shared.id, 5);
    expect((await server.client().ok(LANDING, { code: multiple.code })).campaignToJoin).toMatchObject({ canRetry: false, canReset: false, retryAvailableAt: null, myParticipation: null });
    await advisor.ok(`mutation ($id: ID!) { archiveCampaign(id: $id) { id } }`, { id: multiple.id });
    expect(await shared.landing()).toMatchObject({ canRetry: false, canReset: false });
  });
});
