import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const BY_CODE = `query ($code: String!) { campaignByCode(code: $code) { id name code organization { id } } }`;

describe('campaigns: support finds a campaign by its code', () => {
  let server: TestServer;
  let support: GraphQLClient;
  let member: GraphQLClient;
  let organizationId: string;
  let campaign: { id: string; code: string };

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    organizationId = (await createOrganization(support, 'Mission Locale de Tulle')).id;
    member = (await addMember(server, support, organizationId)).client;
    campaign = (await member.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Garantie jeunes mars' } })).createCampaign;
  });
  afterAll(() => server?.close());

  it('finds it in any organisation, the code typed with spaces and in lower case', async () => {
    const typed = `${campaign.code.slice(0, 3).toLowerCase()} ${campaign.code.slice(3)}`;
    const { campaignByCode } = await support.ok(BY_CODE, { code: typed });
    expect(campaignByCode).toEqual({ id: campaign.id, name: 'Garantie jeunes mars', code: campaign.code, organization: { id: organizationId } });
  });

  it('answers null for an unknown code', async () => {
    expect((await support.ok(BY_CODE, { code: 'ZZZZZZ999' })).campaignByCode).toBeNull();
  });

  it('is refused to members, METIER and CERTIF agents, and anonymous callers', async () => {
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    const { client: certif } = await supportClient(server, SupportRole.CERTIF);
    expect(await member.errorCodes(BY_CODE, { code: campaign.code })).toEqual(['FORBIDDEN']);
    expect(await metier.errorCodes(BY_CODE, { code: campaign.code })).toEqual(['FORBIDDEN']);
    expect(await certif.errorCodes(BY_CODE, { code: campaign.code })).toEqual(['FORBIDDEN']);
    expect(await server.client().errorCodes(BY_CODE, { code: campaign.code })).toEqual(['UNAUTHENTICATED']);
  });
});

describe('campaigns: national statistics for support', () => {
  let server: TestServer;
  const NATIONAL = `{ nationalStatistics { startedCount toShareCount sharedCount participationsCount shareRate resultBands { key count } } }`;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('counts the current participations of every organisation, for SUPPORT and SUPER_ADMIN only', async () => {
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    for (const name of ['Mission Locale de Brive', 'Cap emploi 19']) {
      const organizationId = (await createOrganization(support, name)).id;
      const admin = (await addMember(server, support, organizationId)).client;
      const { createCampaign } = await admin.ok(CREATE, { input: { organizationId, type: 'PROFILES_COLLECTION', name: `Campagne ${name}` } });
      for (let i = 0; i < 2; i += 1) {
        const participant = server.client();
        await signUpAs(participant);
        await participant.ok(`mutation ($code: String!) { startParticipation(code: $code) { id } }`, { code: createCampaign.code });
      }
    }
    const expected = { startedCount: 4, toShareCount: 0, sharedCount: 0, participationsCount: 4, shareRate: 0, resultBands: ['DIAGNOSTIC_BELOW_50', 'DIAGNOSTIC_50_TO_80', 'DIAGNOSTIC_ABOVE_80', 'CLEA_BELOW_25', 'CLEA_25_TO_60', 'CLEA_60_TO_85', 'CLEA_ABOVE_85'].map((key) => ({ key, count: 0 })) };
    expect((await support.ok(NATIONAL)).nationalStatistics).toEqual(expected);
    const { client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN);
    expect((await superAdmin.ok(NATIONAL)).nationalStatistics).toEqual(expected);
    // PRODUCT.md: METIER has organisations and target profiles, CERTIF eligibility; no campaign figures.
    for (const role of [SupportRole.METIER, SupportRole.CERTIF]) {
      const { client } = await supportClient(server, role);
      expect(await client.errorCodes(NATIONAL), role).toEqual(['FORBIDDEN']);
    }
    const { client: member } = await addMember(server, support, (await createOrganization(support)).id);
    expect(await member.errorCodes(NATIONAL)).toEqual(['FORBIDDEN']);
  });
});
