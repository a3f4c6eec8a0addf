import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';
import { addMember, createOrganization, startTestServer, supportClient, type GraphQLClient, type TestServer } from '../../support/index.js';

const PARTICIPATIONS = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: ParticipationFilter, $orderBy: ParticipationOrder) {
  campaign(id: $id) { list: participations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key: id participantLastName participantFirstName status }
  } } }`;
const PARTICIPANTS = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $search: String) {
  organization(id: $id) { list: participants(first: $first, after: $after, last: $last, before: $before, search: $search) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key: id lastName participationsCount }
  } } }`;
const CAMPAIGNS = `query ($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $filter: CampaignFilter) {
  organization(id: $id) { list: campaigns(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key: id name }
  } } }`;

interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  nodes: { key: string }[];
}

/**
 * Keyset pages give the same rows, in the same order, as one big page: walked forwards with
 * first/after, backwards with last/before, and the last page straight away with `last`.
 */
describe('keyset pages of the participants, the organisation participants and the campaigns', () => {
  let server: TestServer;
  let advisor: GraphQLClient;
  let organizationId: string;
  let campaignId: string;

  const read = async (query: string, variables: Record<string, unknown>): Promise<ListPage> => {
    const data = await advisor.ok(query, variables);
    return (data.campaign ?? data.organization).list;
  };

  /** Every page of `size` one way and the other: the keys in list order, and each page's flags. */
  const walk = async (query: string, variables: Record<string, unknown>, size: number) => {
    const whole = await read(query, { ...variables, first: 100 });
    const forwards: string[] = [];
    let page = await read(query, { ...variables, first: size });
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    forwards.push(...page.nodes.map((node) => node.key));
    while (page.pageInfo.hasNextPage) {
      page = await read(query, { ...variables, first: size, after: page.pageInfo.endCursor });
      expect(page.pageInfo.hasPreviousPage).toBe(true);
      expect(page.totalCount).toBe(whole.totalCount);
      forwards.push(...page.nodes.map((node) => node.key));
    }
    const backwards: string[] = [];
    page = await read(query, { ...variables, last: size });
    expect(page.pageInfo.hasNextPage).toBe(false);
    backwards.unshift(...page.nodes.map((node) => node.key));
    while (page.pageInfo.hasPreviousPage) {
      page = await read(query, { ...variables, last: size, before: page.pageInfo.startCursor });
      expect(page.pageInfo.hasNextPage).toBe(true);
      backwards.unshift(...page.nodes.map((node) => node.key));
    }
    const keys = whole.nodes.map((node) => node.key);
    return { keys, forwards, backwards, totalCount: whole.totalCount };
  };

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    const member = await addMember(server, support, organizationId);
    advisor = member.client;
    campaignId = (await advisor.ok(`mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
      input: { organizationId, type: 'PROFILES_COLLECTION', name: 'Collecte' },
    })).createCampaign.id;
    // Names that tie on the last name, accents and case (French order), and starts that tie on
    // the instant (the date order's id tie-break); a retried person (two rows, one current).
    await server.orm.em.getConnection().execute(
      `with people(first_name, last_name, status, started) as (values
         ('Zoé', 'Dupont', 'STARTED', 1), ('Élodie', 'Dupont', 'SHARED', 1), ('eric', 'dupont', 'TO_SHARE', 1), ('Émile', 'Éluard', 'SHARED', 2),
         ('Ana', 'Bernard', 'SHARED', 2), ('Luc', 'Caron', 'STARTED', 2), ('Yanis', 'Morel', 'TO_SHARE', 3), ('Inès', 'Ãlvarez', 'STARTED', 3),
         ('Paul', 'Zola', 'SHARED', 4), ('Jean', 'de la Fontaine', 'STARTED', 4), ('Léa', 'Martin', 'SHARED', 5)
       ), participants as (
         insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
         select gen_random_uuid(), ?::uuid, gen_random_uuid(), first_name, last_name, now() from people returning id, user_id, first_name, last_name
       )
       insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, is_improved, started_at, shared_at, is_certifiable, results)
       select gen_random_uuid(), ?::uuid, pa.id, pa.user_id, people.status::campaigns.participation_status, false, timestamptz '2026-11-01 10:00:00.123456+00' + people.started * interval '1 hour',
              case when people.status = 'SHARED' then now() end, case when people.status = 'SHARED' then true end, case when people.status = 'SHARED' then '{"competences": []}'::jsonb end
         from participants pa join people on people.first_name = pa.first_name and people.last_name = pa.last_name`,
      [organizationId, campaignId],
    );
    await server.orm.em.getConnection().execute(
      `insert into campaigns.campaigns (id, organization_id, type, name, code, owner_id, creator_id, created_at, updated_at, archived_at)
       select gen_random_uuid(), ?, 'PROFILES_COLLECTION', 'Campagne ' || n, 'KEYS' || lpad(n::text, 5, '0'), ?, ?,
              timestamptz '2026-11-01 10:00:00+00' + (n / 3) * interval '1 day', now(), case when n % 4 = 0 then now() end
         from generate_series(1, 13) n`,
      [organizationId, member.person.user.id, member.person.user.id],
    );
    await rebuildCampaignsReadSide({ em: server.orm.em.fork() });
  });
  afterAll(() => server?.close());

  it('walks the participants by name, by date and filtered, both ways, to the same rows as one page', async () => {
    for (const variables of [{}, { orderBy: 'DATE' }, { filter: { status: 'SHARED' } }, { filter: { certifiable: true } }, { filter: { search: 'dup' } }, { filter: { search: 'é' } }, { orderBy: 'DATE', filter: { status: 'STARTED' } }]) {
      for (const size of [2, 5]) {
        const { keys, forwards, backwards } = await walk(PARTICIPATIONS, { id: campaignId, ...variables }, size);
        expect(forwards, JSON.stringify({ variables, size })).toEqual(keys);
        expect(backwards, JSON.stringify({ variables, size })).toEqual(keys);
      }
    }
    // French order, the last name first: "dupont" sorts before "Dupont" (case is the last difference).
    const names = (await read(PARTICIPATIONS, { id: campaignId, first: 100 })).nodes.map((node: any) => `${node.participantLastName} ${node.participantFirstName}`);
    expect(names).toEqual(['Ãlvarez Inès', 'Bernard Ana', 'Caron Luc', 'de la Fontaine Jean', 'dupont eric', 'Dupont Élodie', 'Dupont Zoé', 'Éluard Émile', 'Martin Léa', 'Morel Yanis', 'Zola Paul']);
  }, 120_000);

  it('gives the last page straight away with `last`, its size what the total leaves', async () => {
    const page = await read(PARTICIPATIONS, { id: campaignId, last: 11 % 5 });
    expect(page).toMatchObject({ totalCount: 11, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect(page.nodes.map((node: any) => node.participantLastName)).toEqual(['Zola']);
    const all = await read(PARTICIPATIONS, { id: campaignId, last: 20 });
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("walks the organisation's participants and campaigns both ways", async () => {
    for (const [query, variables] of [
      [PARTICIPANTS, {}], [PARTICIPANTS, { search: 'ont' }], [CAMPAIGNS, {}], [CAMPAIGNS, { filter: { status: 'ACTIVE' } }], [CAMPAIGNS, { filter: { status: 'ARCHIVED' } }],
    ] as const) {
      const { keys, forwards, backwards, totalCount } = await walk(query, { id: organizationId, ...variables }, 2);
      expect(keys.length, JSON.stringify(variables)).toBe(totalCount);
      expect(forwards).toEqual(keys);
      expect(backwards).toEqual(keys);
    }
  }, 60_000);

  it('refuses a malformed cursor, an offset cursor, or one of another list or order, naming the argument', async () => {
    const { pageInfo } = await read(PARTICIPATIONS, { id: campaignId, first: 2 });
    const campaignsCursor = (await read(CAMPAIGNS, { id: organizationId, first: 2 })).pageInfo.endCursor;
    const refused = async (query: string, variables: Record<string, unknown>) => (await advisor.request(query, variables)).errors?.map((error) => ({ code: error.extensions?.code, fields: error.extensions?.fields }));
    const bad = (field: string) => [{ code: 'BAD_USER_INPUT', fields: [{ field, constraints: ['cursor'] }] }];
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    for (const after of ['not a cursor', forged('o:5'), forged('k1:["participations:name","Dupont"]'), forged('k1:["participations:name","A","B","not-a-uuid"]'), forged('k1:{'), forged('k2:[]'), campaignsCursor, 'A'.repeat(5000)]) {
      expect(await refused(PARTICIPATIONS, { id: campaignId, first: 2, after }), String(after).slice(0, 60)).toEqual(bad('after'));
    }
    expect(await refused(PARTICIPATIONS, { id: campaignId, first: 2, after: pageInfo.endCursor, orderBy: 'DATE' })).toEqual(bad('after'));
    expect(await refused(PARTICIPATIONS, { id: campaignId, last: 2, before: forged('k1:["participations:date","yesterday","00000000-0000-4000-8000-000000000000"]') })).toEqual(bad('before'));
    expect(await refused(PARTICIPANTS, { id: organizationId, first: 2, after: pageInfo.endCursor })).toEqual(bad('after'));
    expect(await refused(CAMPAIGNS, { id: organizationId, last: 2, before: pageInfo.endCursor })).toEqual(bad('before'));
    expect(await refused(PARTICIPATIONS, { id: campaignId, first: 2, last: 2 })).toEqual([{ code: 'BAD_USER_INPUT', fields: [{ field: 'last', constraints: ['exclusive'] }] }]);
    expect(await refused(CAMPAIGNS, { id: organizationId, last: 101 })).toEqual([{ code: 'BAD_USER_INPUT', fields: [{ field: 'last', constraints: ['max'] }] }]);
  });
});
