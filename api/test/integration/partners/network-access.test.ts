import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import {
  addMember,
  createNetworkOrganization,
  createPartnerClient,
  networkId,
  partnerGraphQLClient,
  signUpAs,
  startTestServer,
  supportClient,
  TEST_ENGINE_SECRET,
  type GraphQLClient,
  type TestServer,
} from '../../support/index.js';

const GRANT = `mutation ($input: GrantNetworkAccessInput!) { grantNetworkAccess(input: $input) { id networkId regions departments revokedAt } }`;
const STATISTICS = /* GraphQL */ `
  query ($id: ID!, $groupBy: NetworkStatisticsGroupBy) {
    network(id: $id) {
      statistics(groupBy: $groupBy) {
        total { startedCount toShareCount sharedCount participationsCount shareRate resultBands { key count } }
        groups { key label structures statistics { startedCount sharedCount shareRate } }
      }
    }
  }
`;
const STRUCTURES = `query ($id: ID!) { network(id: $id) { organizations(first: 100) { nodes { name } } } }`;

describe("a network head's access: the network's figures and structures, within its regions", () => {
  let server: TestServer;
  let superAdmin: GraphQLClient;
  let support: GraphQLClient;
  let engine: GraphQLClient;
  let unml: string;
  let skills: string[];

  const takeTest = async (code: string, share: boolean) => {
    const person = server.client();
    await signUpAs(person);
    const { startParticipation } = await person.ok(`mutation ($code: String!) { startParticipation(code: $code) { id } }`, { code });
    if (!share) return;
    await engine.ok(`mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`, {
      id: startParticipation.id,
      elements: skills.map((skillId) => ({ skillId, status: 'VALIDATED' })),
    });
    await person.ok(`mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`, { id: startParticipation.id });
  };

  /** A person signed in, holding no role and no membership. */
  const person = async () => {
    const client = server.client();
    const { user } = await signUpAs(client);
    return { client, userId: user.id as string };
  };

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    ({ client: support } = await supportClient(server, SupportRole.SUPPORT));
    unml = await networkId(server, 'UNML');
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>('select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id limit 6', [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID])).map((row) => row.skill_id);
    for (const [name, region, department, shared, started] of [
      ['Mission Locale de Lille', 'Hauts-de-France', '59', 2, 1],
      ['Mission Locale de Lyon', 'Auvergne-Rhône-Alpes', '69', 1, 0],
    ] as const) {
      const organization = await createNetworkOrganization(support, { name, networkId: unml, region, department });
      const advisor = (await addMember(server, support, organization.id)).client;
      const { createCampaign } = await advisor.ok(`mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { code } }`, {
        input: { organizationId: organization.id, type: 'ASSESSMENT', name: `Diagnostic ${name}`, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID },
      });
      for (let index = 0; index < shared; index += 1) await takeTest(createCampaign.code, true);
      for (let index = 0; index < started; index += 1) await takeTest(createCampaign.code, false);
    }
  });
  afterAll(() => server?.close());

  it("is granted by SUPER_ADMIN only; the head then reads the network's figures and structures of its region, nothing else", async () => {
    const head = await person();
    expect(await head.client.errorCodes(STATISTICS, { id: unml })).toEqual(['FORBIDDEN']);
    const input = { userId: head.userId, networkId: unml, regions: ['Hauts-de-France'] };
    expect(await support.errorCodes(GRANT, { input })).toEqual(['FORBIDDEN']);
    const { grantNetworkAccess } = await superAdmin.ok(GRANT, { input });
    expect(grantNetworkAccess).toMatchObject({ networkId: unml, regions: ['Hauts-de-France'], revokedAt: null });

    const { me } = await head.client.ok(`{ me { networkAccesses { networkId regions } } }`);
    expect(me.networkAccesses).toEqual([{ networkId: unml, regions: ['Hauts-de-France'] }]);
    expect((await head.client.ok(STRUCTURES, { id: unml })).network.organizations.nodes).toEqual([{ name: 'Mission Locale de Lille' }]);
    const { network } = await head.client.ok(STATISTICS, { id: unml, groupBy: 'DEPARTMENT' });
    expect(network.statistics.total).toMatchObject({ startedCount: 1, sharedCount: 2, participationsCount: 3, shareRate: 0.67 });
    expect(network.statistics.total.resultBands.reduce((sum: number, band: { count: number }) => sum + band.count, 0)).toBe(2);
    expect(network.statistics.groups).toEqual([{ key: '59', label: '59', structures: 1, statistics: { startedCount: 1, sharedCount: 2, shareRate: 0.67 } }]);
    // Another network is unknown to it; a structure's own screens stay its members'.
    expect(await head.client.errorCodes(STATISTICS, { id: await networkId(server, 'FRANCE_TRAVAIL') })).toEqual(['NOT_FOUND']);

    // The trail says who granted what.
    const { auditLog } = await superAdmin.ok(`{ auditLog(first: 5) { nodes { action } } }`);
    expect(auditLog.nodes.map((node: { action: string }) => node.action)).toContain('NETWORK_ACCESS_GRANTED');
  });

  it('is taken back at once', async () => {
    const head = await person();
    const { grantNetworkAccess } = await superAdmin.ok(GRANT, { input: { userId: head.userId, networkId: unml } });
    expect((await head.client.ok(STRUCTURES, { id: unml })).network.organizations.nodes).toHaveLength(2);
    const { networkAccesses } = await support.ok(`query ($id: ID) { networkAccesses(networkId: $id) { id userId } }`, { id: unml });
    expect(networkAccesses.map((access: { userId: string }) => access.userId)).toContain(head.userId);
    const { revokeNetworkAccess } = await superAdmin.ok(`mutation ($id: ID!) { revokeNetworkAccess(id: $id) { revokedAt } }`, { id: grantNetworkAccess.id });
    expect(revokeNetworkAccess.revokedAt).not.toBeNull();
    expect(await head.client.errorCodes(STRUCTURES, { id: unml })).toEqual(['FORBIDDEN']);
    expect(await head.client.errorCodes(STATISTICS, { id: unml })).toEqual(['FORBIDDEN']);
  });

  it('gives support the whole network by region, and a partner client the same figures within its jurisdiction', async () => {
    const { network } = await support.ok(STATISTICS, { id: unml, groupBy: 'REGION' });
    expect(network.statistics.groups.map((group: { label: string; statistics: { sharedCount: number } }) => [group.label, group.statistics.sharedCount])).toEqual([
      ['Auvergne-Rhône-Alpes', 1],
      ['Hauts-de-France', 2],
    ]);
    expect(network.statistics.total.sharedCount).toBe(3);
    const client = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'ARML ARA', networkId: unml, departments: ['69'], scopes: ['RESULTS_READ'] }));
    expect((await client.ok(STATISTICS, { id: unml, groupBy: 'ORGANIZATION' })).network.statistics.groups).toEqual([
      { key: expect.any(String), label: 'Mission Locale de Lyon', structures: 1, statistics: { startedCount: 0, sharedCount: 1, shareRate: 1 } },
    ]);
    const noResults = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Structures seules', networkId: unml, scopes: ['ORGANIZATIONS_READ'] }));
    expect(await noResults.errorCodes(STATISTICS, { id: unml })).toEqual(['INSUFFICIENT_SCOPE']);
    // An advisor of a structure is no network head.
    const { client: metier } = await supportClient(server, SupportRole.METIER);
    expect(await metier.errorCodes(STATISTICS, { id: unml })).toEqual(['FORBIDDEN']);
    expect((await metier.ok(STRUCTURES, { id: unml })).network.organizations.nodes).toHaveLength(2);
  });
});
