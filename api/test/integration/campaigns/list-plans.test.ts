import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';
import { ParticipationStatus } from '../../../src/campaigns/domain/models/participation.js';
import type { KeysetPageRequest } from '../../../src/shared/pagination.js';
import { type Statement, participationCursor, participationPageStatement, participationTotalStatement } from '../../../src/campaigns/infrastructure/participation-page.sql.js';
import { participantCursor, participantPageStatement, participantTotalStatement } from '../../../src/campaigns/infrastructure/participant-page.sql.js';
import { campaignCursor, campaignPageStatement, campaignTotalStatement } from '../../../src/campaigns/infrastructure/campaign-page.sql.js';
import { insertBulkParticipations } from '../../support/bulk-participations.js';
import { addMember, createOrganization, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

/**
 * EXPLAIN guards (issue 15): over a campaign of 20,000 participations, the statements the lists
 * run — built by the very functions the repositories call — read an index in order and stop after
 * the page: no sequential scan, no sort over the campaign's rows (a search sorts its few matches),
 * and the index scan of a page reads the page (plus one row), wherever the page is. EXPLAIN
 * ANALYZE gives row counts, which depend on the data only, not on the machine.
 */

const PEOPLE = 20_000;
const PAGE = 50;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Index Cond'?: string;
  Filter?: string;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
const shape = (node: PlanNode, depth = 0): string =>
  [`${'  '.repeat(depth)}${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : node['Relation Name'] ? ` ${node['Relation Name']}` : ''} (rows ${node['Actual Rows']}×${node['Actual Loops']})`, ...(node.Plans ?? []).map((child) => shape(child, depth + 1))].join('\n');

const forward = (cursor: string | null = null, size = PAGE): KeysetPageRequest => ({ size, backward: false, cursor });
const backward = (cursor: string | null = null, size = PAGE): KeysetPageRequest => ({ size, backward: true, cursor });

describe('EXPLAIN guards of the lists over a 20,000-participation campaign', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let smallAdvisor: GraphQLClient;
  let organizationId: string;
  let campaignId: string;
  let smallOrganizationId: string;
  let smallCampaignId: string;
  const plans: string[] = [];

  const plan = async (statement: Statement): Promise<PlanNode> => {
    const [row] = await server.orm.em.getConnection().execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`explain (analyze, format json) ${statement.sql}`, statement.params);
    return row!['QUERY PLAN'][0]!.Plan;
  };

  /** No sequential scan; every sort sorts at most `sorted` rows; returns the plan for further checks. */
  const guarded = async (name: string, statement: Statement, sorted = PAGE + 1): Promise<PlanNode[]> => {
    const root = await plan(statement);
    plans.push(`${name}\n${shape(root)}`);
    const nodes = nodesOf(root);
    expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']), name).toEqual([]);
    for (const sort of nodes.filter((node) => node['Node Type'] === 'Sort')) {
      expect(sort.Plans![0]!['Actual Rows'] * sort.Plans![0]!['Actual Loops'], `${name}: rows sorted`).toBeLessThanOrEqual(sorted);
    }
    return nodes;
  };

  /** The page's index scan on the current participations reads the page and one more row. */
  const readsThePage = (nodes: PlanNode[], index: string) => {
    const scan = nodes.find((node) => node['Index Name'] === index);
    expect(scan, `${index} in\n${plans.at(-1)}`).toBeDefined();
    expect(scan!['Actual Rows'] + (scan!['Rows Removed by Filter'] ?? 0), `rows ${index} read`).toBeLessThanOrEqual(PAGE + 1);
  };

  const keyOfRow = async (offset: number) => {
    const [row] = await server.orm.em.getConnection().execute<{ id: string; participantLastName: string; participantFirstName: string; startedAtKey: string }[]>(
      `select id, last_name as "participantLastName", first_name as "participantFirstName",
              to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "startedAtKey"
         from campaigns.participations where campaign_id = ? and is_improved = false and deleted_at is null
        order by last_name collate campaigns.french, first_name collate campaigns.french, id offset ? limit 1`,
      [campaignId, offset],
    );
    return row!;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    smallOrganizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    smallAdvisor = (await addMember(server, support, smallOrganizationId)).client;
    const create = async (client: GraphQLClient, organization: string) =>
      (await client.ok(`mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
        input: { organizationId: organization, type: 'ASSESSMENT', name: 'Diagnostic national', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID },
      })).createCampaign.id as string;
    campaignId = await create(advisor, organizationId);
    smallCampaignId = await create(smallAdvisor, smallOrganizationId);
    const em = server.orm.em.fork();
    await insertBulkParticipations(em, { organizationId, campaignId, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, count: PEOPLE });
    await insertBulkParticipations(em, { organizationId: smallOrganizationId, campaignId: smallCampaignId, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, count: 30 });
    const connection = em.getConnection();
    // Half the shared results certifiable, so that both certifiable filters have rows to read.
    await connection.execute(`update campaigns.participations set is_certifiable = (right(participant_external_id, 1) in ('0', '2', '4', '6', '8')) where status = 'SHARED'`);
    // An organisation of 2,000 campaigns, a tenth archived: the campaign list's guard.
    await connection.execute(
      `insert into campaigns.campaigns (id, organization_id, type, name, code, owner_id, creator_id, created_at, updated_at, archived_at)
       select gen_random_uuid(), c.organization_id, 'PROFILES_COLLECTION', 'Campagne ' || n, 'PLAN' || lpad(n::text, 5, '0'), c.owner_id, c.creator_id,
              now() - n * interval '1 minute', now(), case when n % 10 = 0 then now() end
         from campaigns.campaigns c, generate_series(1, 2000) n where c.id = ?`,
      [campaignId],
    );
    // Other organisations' campaigns, as in a national database: an organisation is a small part of the table.
    await connection.execute(
      `insert into campaigns.campaigns (id, organization_id, type, name, code, owner_id, creator_id, created_at, updated_at)
       select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((n % 100)::text, 12, '0'))::uuid, 'PROFILES_COLLECTION', 'Autre ' || n, 'OTHR' || lpad(n::text, 5, '0'),
              c.owner_id, c.creator_id, now() - n * interval '1 minute', now()
         from campaigns.campaigns c, generate_series(1, 20000) n where c.id = ?`,
      [campaignId],
    );
    await rebuildCampaignsReadSide({ em });
    await connection.execute('analyze campaigns.participations; analyze campaigns.participants; analyze campaigns.campaigns');
  }, 180_000);
  afterAll(async () => {
    // The plans' shapes, for the report and whoever changes these statements.
    if (process.env.SHOW_PLANS) console.log(plans.join('\n\n'));
    await server?.close();
  });

  it('reads the first, a middle and the last page by name in index order, reading one page whatever the depth', async () => {
    const middle = await keyOfRow(PEOPLE / 2);
    readsThePage(await guarded('first page by name', participationPageStatement(campaignId, {}, 'NAME', forward())), 'participations_current_name_index');
    readsThePage(await guarded('middle page by name (after a cursor)', participationPageStatement(campaignId, {}, 'NAME', forward(participationCursor('NAME', middle)))), 'participations_current_name_index');
    readsThePage(await guarded('page before a cursor', participationPageStatement(campaignId, {}, 'NAME', backward(participationCursor('NAME', middle)))), 'participations_current_name_index');
    readsThePage(await guarded('last page by name', participationPageStatement(campaignId, {}, 'NAME', backward())), 'participations_current_name_index');
    // The row comparison positions the scan: it is an index condition, not a filter.
    const [scan] = (await guarded('middle page (again)', participationPageStatement(campaignId, {}, 'NAME', forward(participationCursor('NAME', middle))))).filter((node) => node['Index Name'] === 'participations_current_name_index');
    expect(scan!['Index Cond']).toContain('ROW(');
  });

  it('reads the status and certifiable filters and the date order on their own indexes', async () => {
    const middle = await keyOfRow(PEOPLE / 2);
    for (const status of Object.values(ParticipationStatus)) {
      readsThePage(await guarded(`status ${status}`, participationPageStatement(campaignId, { status }, 'NAME', forward())), 'participations_current_status_name_index');
      readsThePage(await guarded(`status ${status}, middle`, participationPageStatement(campaignId, { status }, 'NAME', forward(participationCursor('NAME', middle)))), 'participations_current_status_name_index');
    }
    for (const certifiable of [true, false]) {
      readsThePage(await guarded(`certifiable ${certifiable}`, participationPageStatement(campaignId, { certifiable }, 'NAME', forward())), 'participations_current_certifiable_name_index');
      readsThePage(await guarded(`certifiable ${certifiable}, last page`, participationPageStatement(campaignId, { certifiable }, 'NAME', backward())), 'participations_current_certifiable_name_index');
    }
    readsThePage(await guarded('by date', participationPageStatement(campaignId, {}, 'DATE', forward())), 'participations_current_started_at_index');
    readsThePage(await guarded('by date, middle', participationPageStatement(campaignId, {}, 'DATE', forward(participationCursor('DATE', middle)))), 'participations_current_started_at_index');
    readsThePage(await guarded('by date, last page', participationPageStatement(campaignId, {}, 'DATE', backward())), 'participations_current_started_at_index');
  });

  it('finds a name or an identifier through the trigram index and sorts only its matches', async () => {
    for (const search of ['nom 00123', 'id-nom 001999', 'prénom 1999']) {
      const nodes = await guarded(`search "${search}"`, participationPageStatement(campaignId, { search }, 'NAME', forward()), 200);
      expect(nodes.some((node) => node['Index Name'] === 'participations_current_search_index'), search).toBe(true);
      const counted = await guarded(`search "${search}" total`, participationTotalStatement(campaignId, { search }), 200);
      expect(counted.some((node) => node['Index Name'] === 'participations_current_search_index'), search).toBe(true);
    }
  });

  it('takes the totals of the whole list and of one filter from the kept counts', async () => {
    for (const filter of [{}, { status: ParticipationStatus.SHARED }, { certifiable: true }, { certifiable: false }]) {
      const nodes = nodesOf(await plan(participationTotalStatement(campaignId, filter)));
      expect(nodes.map((node) => node['Relation Name']).filter(Boolean)).toEqual(['campaign_counts']);
    }
  });

  it("reads the organisation's participants by name from the cursor, counting the page's participations only", async () => {
    const [middle] = await server.orm.em.getConnection().execute<{ id: string; last_name: string; first_name: string }[]>(
      `select id, last_name, first_name from campaigns.participants where organization_id = ?
        order by last_name collate campaigns.french, first_name collate campaigns.french, id offset ? limit 1`,
      [organizationId, PEOPLE / 2],
    );
    for (const [name, request] of [['first', forward()], ['middle', forward(participantCursor(middle!))], ['last', backward()]] as const) {
      const nodes = await guarded(`participants, ${name} page`, participantPageStatement(organizationId, null, request));
      const scan = nodes.find((node) => node['Index Name'] === 'participants_organization_name_index');
      expect(scan, name).toBeDefined();
      expect(scan!['Actual Rows']).toBeLessThanOrEqual(PAGE + 1);
      // One probe of the person's participations per row of the page.
      const probes = nodes.filter((node) => node['Relation Name'] === 'participations');
      expect(probes.every((node) => node['Actual Loops'] <= PAGE + 1), name).toBe(true);
    }
    const nodes = await guarded('participants, search', participantPageStatement(organizationId, 'nom 00123', forward()), 200);
    expect(nodes.some((node) => node['Index Name'] === 'participants_search_index')).toBe(true);
    expect(nodesOf(await plan(participantTotalStatement(organizationId, null))).map((node) => node['Relation Name']).filter(Boolean)).toEqual(['organization_participant_counts']);
  });

  it('reads the campaign list newest first from the cursor on its index', async () => {
    const [middle] = await server.orm.em.getConnection().execute<{ id: string; created_at_key: string }[]>(
      `select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at_key from campaigns.campaigns
        where organization_id = ? and deleted_at is null order by created_at desc, id offset 1000 limit 1`,
      [organizationId],
    );
    for (const [name, filter, request] of [
      ['first', { status: 'ACTIVE' as const }, forward()],
      ['middle', { status: 'ACTIVE' as const }, forward(campaignCursor(middle!))],
      ['last', { status: 'ACTIVE' as const }, backward()],
      ['all, middle', {}, forward(campaignCursor(middle!))],
    ] as const) {
      const nodes = await guarded(`campaigns, ${name} page`, campaignPageStatement(organizationId, filter, request));
      expect(nodes.some((node) => node['Index Name'] === 'campaigns_organization_list_index'), name).toBe(true);
    }
    await guarded('campaigns, total', campaignTotalStatement(organizationId, { status: 'ACTIVE' }), 0);
  });

  describe('SQL statements per request, constant in page size, depth and campaign size', () => {
    const PARTICIPATIONS = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: ParticipationFilter) {
      campaign(id: $id) { participations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id participantLastName status masteryRate }
      } } }`;
    const statements = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => {
      const response = await client.request(query, variables);
      expect(response.errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };

    it('for the participants page: first, middle and last pages, a search and the filters', async () => {
      const small = await statements(smallAdvisor, PARTICIPATIONS, { id: smallCampaignId, first: 5 });
      const middle = participationCursor('NAME', await keyOfRow(PEOPLE / 2));
      const counts = {
        first: await statements(advisor, PARTICIPATIONS, { id: campaignId, first: 100 }),
        middle: await statements(advisor, PARTICIPATIONS, { id: campaignId, first: 50, after: middle }),
        before: await statements(advisor, PARTICIPATIONS, { id: campaignId, last: 50, before: middle }),
        last: await statements(advisor, PARTICIPATIONS, { id: campaignId, last: 20 }),
        shared: await statements(advisor, PARTICIPATIONS, { id: campaignId, first: 50, filter: { status: 'SHARED' } }),
        certifiable: await statements(advisor, PARTICIPATIONS, { id: campaignId, first: 50, filter: { certifiable: true } }),
        search: await statements(advisor, PARTICIPATIONS, { id: campaignId, first: 50, filter: { search: 'nom 00123' } }),
      };
      plans.push(`statements: small campaign first 5 = ${small}; ${JSON.stringify(counts)}`);
      for (const count of Object.values(counts)) expect(count).toBe(small);
    });

    it("for the organisation's participants and its campaigns", async () => {
      const PARTICIPANTS = `query ($id: ID!, $first: Int, $last: Int, $search: String) { organization(id: $id) { participants(first: $first, last: $last, search: $search) { totalCount nodes { lastName participationsCount } } } }`;
      const CAMPAIGNS = `query ($id: ID!, $first: Int, $last: Int) { organization(id: $id) { campaigns(first: $first, last: $last) { totalCount nodes { name participantsCount } } } }`;
      const small = await statements(smallAdvisor, PARTICIPANTS, { id: smallOrganizationId, first: 5 });
      for (const variables of [{ first: 100 }, { last: 7 }, { first: 50, search: 'nom 0012' }]) {
        expect(await statements(advisor, PARTICIPANTS, { id: organizationId, ...variables })).toBe(small);
      }
      const smallCampaigns = await statements(smallAdvisor, CAMPAIGNS, { id: smallOrganizationId, first: 5 });
      expect(await statements(advisor, CAMPAIGNS, { id: organizationId, first: 100 })).toBe(smallCampaigns);
      expect(await statements(advisor, CAMPAIGNS, { id: organizationId, last: 30 })).toBe(smallCampaigns);
      plans.push(`statements: participants ${small}, campaigns ${smallCampaigns}`);
    });
  });
});
