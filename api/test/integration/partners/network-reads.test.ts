import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
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

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const START = `mutation ($code: String!, $id: String) { startParticipation(code: $code, participantExternalId: $id) { id } }`;
const RECORD = `mutation ($id: ID!, $elements: [KnowledgeElementInput!]!) { recordKnowledgeElements(participationId: $id, elements: $elements, finished: true) { status } }`;
const SHARE = `mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`;
const ORGANIZATIONS = `query ($id: ID!, $filter: NetworkOrganizationsFilter) { network(id: $id) { organizations(first: 100, filter: $filter) { totalCount nodes { id name region department } } } }`;
const FEED = /* GraphQL */ `
  query Feed($id: ID!, $first: Int!, $after: String, $since: DateTimeISO) {
    network(id: $id) {
      sharedResults(first: $first, after: $after, since: $since) {
        pageInfo { hasNextPage endCursor }
        nodes { id sharedAt masteryRate campaign { id code name organization { id } } participant { id firstName lastName externalId } competenceResults { competenceId masteryRate } }
      }
    }
  }
`;

interface FeedNode {
  id: string;
  campaign: { organization: { id: string } };
  participant: { id: string; firstName: string | null; lastName: string | null; externalId: string | null };
}

describe('partner clients read their network, and only what was shared', () => {
  let server: TestServer;
  let superAdmin: GraphQLClient;
  let engine: GraphQLClient;
  let skills: string[];
  let unml: string;
  let franceTravail: string;
  const structures: Record<string, { id: string; advisor: GraphQLClient; campaign: { id: string; code: string } }> = {};

  /** A person starts, the engine finishes their test, and (unless told not to) they share it. */
  const takeTest = async (structure: string, options: { share?: boolean; person?: GraphQLClient; externalId?: string } = {}) => {
    const client = options.person ?? server.client();
    if (!options.person) await signUpAs(client, { firstName: 'Awa', lastName: `Diallo ${Math.random().toString(36).slice(2, 7)}` });
    const { startParticipation } = await client.ok(START, { code: structures[structure]!.campaign.code, id: options.externalId ?? `DOSSIER-${Math.floor(Math.random() * 1e6)}` });
    await engine.ok(RECORD, { id: startParticipation.id, elements: skills.slice(0, 6).map((skillId, index) => ({ skillId, status: index % 2 ? 'INVALIDATED' : 'VALIDATED' })) });
    if (options.share !== false) await client.ok(SHARE, { id: startParticipation.id });
    return { participationId: startParticipation.id as string, client };
  };

  /** Every page of the feed from `after`, as a nightly sync reads it. */
  const readAll = async (client: GraphQLClient, network: string, after: string | null = null, first = 2) => {
    const nodes: FeedNode[] = [];
    let cursor = after;
    for (;;) {
      const { network: answer } = await client.ok(FEED, { id: network, first, after: cursor });
      nodes.push(...answer.sharedResults.nodes);
      cursor = answer.sharedResults.pageInfo.endCursor;
      if (!answer.sharedResults.pageInfo.hasNextPage) return { nodes, cursor };
    }
  };

  beforeAll(async () => {
    server = await startTestServer();
    ({ client: superAdmin } = await supportClient(server, SupportRole.SUPER_ADMIN));
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    unml = await networkId(server, 'UNML');
    franceTravail = await networkId(server, 'FRANCE_TRAVAIL');
    engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    skills = (await server.orm.em.getConnection().execute<{ skill_id: string }[]>(
      'select skill_id from certification.target_profile_skills where target_profile_id = ? order by skill_id',
      [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
    )).map((row) => row.skill_id);
    for (const [key, name, network, region, department] of [
      ['lyon', 'Mission Locale de Lyon', unml, 'Auvergne-Rhône-Alpes', '69'],
      ['lille', 'Mission Locale de Lille', unml, 'Hauts-de-France', '59'],
      ['agence', 'France Travail Lyon Part-Dieu', franceTravail, 'Auvergne-Rhône-Alpes', '69'],
    ] as const) {
      const organization = await createNetworkOrganization(support, { name, networkId: network, region, department, type: network === unml ? 'MISSION_LOCALE' : 'FRANCE_TRAVAIL' });
      const advisor = (await addMember(server, support, organization.id)).client;
      const campaign = (await advisor.ok(CREATE, {
        input: { organizationId: organization.id, type: 'ASSESSMENT', name: `Diagnostic ${key}`, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, externalIdLabel: 'N° de dossier I-Milo' },
      })).createCampaign;
      structures[key] = { id: organization.id, advisor, campaign };
    }
  });
  afterAll(() => server?.close());

  it("lists its network's structures, within its regions, and answers another network as unknown", async () => {
    const national = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'UNML', networkId: unml, scopes: ['ORGANIZATIONS_READ'] }));
    const regional = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'ARML Hauts-de-France', networkId: unml, regions: ['Hauts-de-France'], scopes: ['ORGANIZATIONS_READ'] }));
    const names = async (client: GraphQLClient, filter?: Record<string, unknown>) =>
      (await client.ok(ORGANIZATIONS, { id: unml, filter })).network.organizations.nodes.map((node: { name: string }) => node.name);
    expect(await names(national)).toEqual(['Mission Locale de Lille', 'Mission Locale de Lyon']);
    expect(await names(national, { department: '69' })).toEqual(['Mission Locale de Lyon']);
    expect(await names(regional)).toEqual(['Mission Locale de Lille']);
    expect(await names(regional, { region: 'Auvergne-Rhône-Alpes' })).toEqual([]);
    expect(await national.errorCodes(ORGANIZATIONS, { id: franceTravail })).toEqual(['NOT_FOUND']);
    expect(await national.errorCodes(ORGANIZATIONS, { id: '00000000-0000-4000-8000-000000000000' })).toEqual(['NOT_FOUND']);
    // Through the structure's own fields, nothing: a client reads through its network.
    expect(await national.errorCodes(`query ($id: ID!) { organization(id: $id) { name } }`, { id: structures.lyon!.id })).toEqual(['FORBIDDEN']);
    expect(await national.errorCodes(`query ($id: ID!) { campaign(id: $id) { name } }`, { id: structures.lyon!.campaign.id })).toEqual(['FORBIDDEN']);
  });

  it('needs the scope of each field', async () => {
    const resultsOnly = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Résultats seuls', networkId: unml, scopes: ['RESULTS_READ'] }));
    expect(await resultsOnly.errorCodes(ORGANIZATIONS, { id: unml })).toEqual(['INSUFFICIENT_SCOPE']);
    const structuresOnly = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Structures seules', networkId: unml, scopes: ['ORGANIZATIONS_READ'] }));
    expect(await structuresOnly.errorCodes(FEED, { id: unml, first: 10 })).toEqual(['INSUFFICIENT_SCOPE']);
    // A token asked with fewer scopes than the client has carries only those.
    const narrowed = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Étroit', networkId: unml, scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'] }), 'organizations:read');
    expect(await narrowed.errorCodes(FEED, { id: unml, first: 10 })).toEqual(['INSUFFICIENT_SCOPE']);
  });

  it('feeds shared results only, of its jurisdiction, each once, with a pseudonym of its own', async () => {
    const shared = [await takeTest('lyon'), await takeTest('lille'), await takeTest('lille', { externalId: 'DOSSIER-4521' })];
    const notShared = await takeTest('lyon', { share: false });
    const otherNetwork = await takeTest('agence');
    const unmlClient = await createPartnerClient(superAdmin, { name: 'I-Milo', networkId: unml, scopes: ['RESULTS_READ'] });
    const { nodes } = await readAll(await partnerGraphQLClient(server, unmlClient), unml);
    expect(nodes.map((node) => node.id)).toEqual(shared.map((result) => result.participationId));
    expect(nodes.map((node) => node.id)).not.toContain(notShared.participationId);
    expect(nodes.map((node) => node.id)).not.toContain(otherNetwork.participationId);
    // No identity without results:identity.
    expect(nodes.every((node) => node.participant.firstName === null && node.participant.lastName === null && node.participant.externalId === null)).toBe(true);

    const regional = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'ARML HdF', networkId: unml, departments: ['59'], scopes: ['RESULTS_READ', 'RESULTS_IDENTITY'] }));
    const regionalNodes = (await readAll(regional, unml)).nodes;
    expect(regionalNodes.map((node) => node.campaign.organization.id)).toEqual([structures.lille!.id, structures.lille!.id]);
    expect(regionalNodes[1]!.participant).toMatchObject({ firstName: 'Awa', externalId: 'DOSSIER-4521' });
    expect(regionalNodes[1]!.participant.lastName).toMatch(/^Diallo /);

    // Pseudonyms: stable for one client (a second token, a second read), different between clients.
    const again = (await readAll(await partnerGraphQLClient(server, unmlClient), unml)).nodes;
    expect(again.map((node) => node.participant.id)).toEqual(nodes.map((node) => node.participant.id));
    expect(regionalNodes[0]!.participant.id).not.toBe(nodes[1]!.participant.id);
    expect(new Set(nodes.map((node) => node.participant.id)).size).toBe(3);

    const ftClient = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'SI France Travail', networkId: franceTravail, scopes: ['RESULTS_READ'] }));
    expect((await readAll(ftClient, franceTravail)).nodes.map((node) => node.id)).toEqual([otherNetwork.participationId]);
    expect(await ftClient.errorCodes(FEED, { id: unml, first: 10 })).toEqual(['NOT_FOUND']);
  });

  it('gives every result exactly once across pages while new ones are shared during the sync, and waits for a share still committing', async () => {
    const client = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Sync', networkId: unml, scopes: ['RESULTS_READ'] }));
    const first = await readAll(client, unml);
    const seen = new Set(first.nodes.map((node) => node.id));

    // A share whose transaction started first but commits last: held open on a connection of its own.
    const pending = await takeTest('lyon', { share: false });
    const connection = new pg.Client({ connectionString: server.orm.config.get('clientUrl') });
    await connection.connect();
    await connection.query('begin');
    await connection.query("update campaigns.participations set status = 'SHARED', shared_at = now() where id = $1", [pending.participationId]);
    const later = await takeTest('lille');
    // While it runs, the feed stops before it: the later share waits too, rather than being read past.
    const during = await readAll(client, unml, first.cursor);
    expect(during.nodes.map((node) => node.id)).toEqual([]);
    expect(during.cursor).toBe(first.cursor);
    await connection.query('commit');
    await connection.end();

    const sharedDuringSync = [await takeTest('lille'), await takeTest('lyon')];
    const rest = await readAll(client, unml, first.cursor);
    expect(rest.nodes.map((node) => node.id)).toEqual([pending.participationId, later.participationId, ...sharedDuringSync.map((result) => result.participationId)]);
    for (const node of rest.nodes) {
      expect(seen.has(node.id), node.id).toBe(false);
      seen.add(node.id);
    }
    // A result shared before the feed existed has no transaction id: it comes first, once.
    const legacy = rest.nodes[1]!.id;
    await server.orm.em.getConnection().execute('update campaigns.participations set shared_xid = null where id = ?', [legacy]);
    const everything = (await readAll(client, unml, null, 3)).nodes.map((node) => node.id);
    expect(everything[0]).toBe(legacy);
    expect(new Set(everything).size).toBe(everything.length);
    expect(everything.sort()).toEqual([...seen].sort());
    // Nothing new: the same cursor comes back, and an empty page.
    const idle = await client.ok(FEED, { id: unml, first: 10, after: rest.cursor });
    expect(idle.network.sharedResults).toEqual({ pageInfo: { hasNextPage: false, endCursor: rest.cursor }, nodes: [] });
  });

  it('refuses a cursor it did not make and a page size outside 1–100, before reading anything', async () => {
    const client = await partnerGraphQLClient(server, await createPartnerClient(superAdmin, { name: 'Bad input', networkId: unml, scopes: ['RESULTS_READ'] }));
    for (const variables of [
      { id: unml, first: 0 },
      { id: unml, first: 101 },
      { id: unml, first: 10, after: 'pas-un-curseur' },
      { id: unml, first: 10, after: Buffer.from('k1:["sharedResults","1; drop table x","00000000-0000-4000-8000-000000000000"]').toString('base64url') },
      { id: unml, first: 10, after: Buffer.from('k1:["participants","1","00000000-0000-4000-8000-000000000000"]').toString('base64url') },
    ]) {
      expect(await client.errorCodes(FEED, variables), JSON.stringify(variables)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
