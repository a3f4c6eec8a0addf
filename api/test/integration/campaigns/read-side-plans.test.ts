import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SupportRole } from '../../../src/shared/auth/principal.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';
import { CampaignRepository } from '../../../src/campaigns/infrastructure/campaign.repository.js';
import { ParticipationReadRepository } from '../../../src/campaigns/infrastructure/participation.repository.js';
import { addMember, createOrganization, signUpAs, startTestServer, supportClient, TEST_ENGINE_SECRET, type GraphQLClient, type TestServer } from '../../support/index.js';
import { insertBulkParticipations } from '../../support/bulk-participations.js';

const CREATE = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id code } }`;
const PEOPLE = 20_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The entity manager a repository is given, noting every statement it runs with its parameters. */
function recording(em: EntityManager): { em: EntityManager; statements: { sql: string; params: unknown[] }[] } {
  const statements: { sql: string; params: unknown[] }[] = [];
  const proxy = new Proxy(em, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver);
      return (sql: string, params: unknown[] = [], ...rest: unknown[]) => {
        statements.push({ sql, params });
        return (target.execute as (...args: unknown[]) => unknown)(sql, params, ...rest);
      };
    },
  });
  return { em: proxy, statements };
}

/**
 * Machine-independent guards of "the cost does not grow with the campaign" (no timing): the
 * statements behind the campaign's counts, collective results and levels, result bands and
 * statistics, as the repositories run them over a campaign of 20,000 participations, read the
 * kept aggregates only — their plans never touch the participations.
 */
describe('campaigns read side: plans over 20,000 participations', () => {
  let server: TestServer;
  let organizationId: string;
  let campaignId: string;
  let campaignCode: string;
  let advisor: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer();
    const { client: support } = await supportClient(server, SupportRole.SUPPORT);
    organizationId = (await createOrganization(support)).id;
    advisor = (await addMember(server, support, organizationId)).client;
    ({ id: campaignId, code: campaignCode } = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'Nationale', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } })).createCampaign);
    await insertBulkParticipations(server.orm.em, { organizationId, campaignId, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, count: PEOPLE });
    await rebuildCampaignsReadSide({ em: server.orm.em.fork() });
    await server.orm.em.getConnection().execute('analyze campaigns.campaign_counts; analyze campaigns.campaign_competence_results; analyze campaigns.campaign_mastery_rates');
  }, 120_000);
  afterAll(() => server?.close());

  const plansOf = async (read: (em: EntityManager) => Promise<unknown>) => {
    const { em, statements } = recording(server.orm.em.fork());
    await read(em);
    expect(statements.length).toBeGreaterThan(0);
    const plans: PlanNode[][] = [];
    for (const { sql, params } of statements) {
      const [row] = await server.orm.em.getConnection().execute<{ 'QUERY PLAN': { Plan: PlanNode }[] }[]>(`explain (format json) ${sql}`, params);
      plans.push(nodesOf(row!['QUERY PLAN'][0]!.Plan));
    }
    return plans;
  };

  const expectNoParticipationRead = (plans: PlanNode[][]) => {
    for (const nodes of plans) {
      expect(nodes.filter((node) => node['Relation Name'] === 'participations' || node['Relation Name'] === 'participants')).toEqual([]);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'participations')).toEqual([]);
    }
  };

  it('the figures are right for the generated campaign (a third of the people shared)', async () => {
    const reads = new ParticipationReadRepository(server.orm.em.fork());
    const counts = await new CampaignRepository(server.orm.em.fork()).countParticipations([campaignId]);
    expect(counts.get(campaignId)).toEqual({ participants: PEOPLE, shared: Math.floor(PEOPLE / 3) + (PEOPLE % 3 === 2 ? 1 : 0), certifiable: 0 });
    const competences = await reads.collectiveCompetences(campaignId);
    expect(competences.length).toBeGreaterThan(0);
    for (const competence of competences) expect(competence.participantsCount).toBe(counts.get(campaignId)!.shared);
  });

  it('collective results, levels, result bands and the campaign counts never read the participations', async () => {
    expectNoParticipationRead(await plansOf((em) => new ParticipationReadRepository(em).collectiveCompetences(campaignId)));
    expectNoParticipationRead(await plansOf((em) => new ParticipationReadRepository(em).collectiveLevels(campaignId)));
    expectNoParticipationRead(await plansOf((em) => new ParticipationReadRepository(em).masteryRateCounts(campaignId)));
    expectNoParticipationRead(await plansOf((em) => new CampaignRepository(em).countParticipations([campaignId])));
  });

  it("the organisation's and the national statistics never read the participations", async () => {
    const scope = { bandedTargetProfileIds: [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID] };
    expectNoParticipationRead(await plansOf((em) => new ParticipationReadRepository(em).statisticsCounts({ ...scope, organizationId })));
    expectNoParticipationRead(await plansOf((em) => new ParticipationReadRepository(em).statisticsCounts({ ...scope, organizationId: null })));
  });

  it('start, the end of the test and share cost as many statements in this campaign as in a new one', async () => {
    const small = (await advisor.ok(CREATE, { input: { organizationId, type: 'ASSESSMENT', name: 'Petite', targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } })).createCampaign;
    const engine = server.client();
    engine.authorization = `Service ${TEST_ENGINE_SECRET}`;
    const sequence = async (code: string) => {
      const client = server.client();
      await signUpAs(client);
      const started = await client.request(`mutation ($code: String!) { startParticipation(code: $code) { id } }`, { code });
      const id = started.data?.startParticipation.id;
      const finished = await engine.request(`mutation ($id: ID!) { recordKnowledgeElements(participationId: $id, elements: [], finished: true) { status } }`, { id });
      const shared = await client.request(`mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`, { id });
      expect(shared.data?.shareParticipationResults.status).toBe('SHARED');
      return [started, finished, shared].map((response) => Number(response.headers.get('x-sql-statements')));
    };
    const inSmall = await sequence(small.code);
    expect(inSmall.every((count) => count > 0)).toBe(true);
    expect(await sequence(campaignCode)).toEqual(inSmall);
  });
});
