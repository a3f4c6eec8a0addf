import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certification, rebuildCampaignsReadSide, type Orm } from '@orga-spe/api';
import { createTestOrm, LOGIN, startTestServer, type TestServer } from '@orga-spe/api/testing';
import { generateScaleDataset, type ScaleManifest } from '../src/index.js';
import { assessmentSnapshot } from '../src/scale/snapshots.js';
import { loadReference } from '../src/scale/reference.js';

const OPTIONS = { organizations: 6, campaigns: 40, participations: 2000, seed: 42, bigCampaignParticipations: 500, bigOrganizationCampaigns: 15, freshParticipants: 5 };
const TABLES = ['organizations.organizations', 'organizations.users', 'organizations.memberships', 'campaigns.campaigns', 'campaigns.participants', 'campaigns.participations', 'certification.knowledge_elements'];

type Row = Record<string, any>;
const sql = (orm: Orm, query: string, params: unknown[] = []) => orm.em.getConnection().execute<Row[]>(query, params);

/**
 * One digest of every generated row; network ids (random in each database's migration) by code
 * instead, and without `shared_xid` (the id of the database's own transaction that shared the row,
 * set by a trigger for the partner feed: not generated data).
 */
async function checksum(orm: Orm): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const source = table === 'organizations.organizations'
      ? `(select o.*, n.code as network_code from organizations.organizations o left join organizations.networks n on n.id = o.network_id)`
      : table;
    const [row] = await sql(orm, `select md5(string_agg((to_jsonb(t) - 'network_id' - 'shared_xid')::text, '|' order by t.id::text)) as digest from ${source} t`);
    parts.push(`${table}:${row!.digest}`);
  }
  return parts.join(' ');
}

describe('national-scale generator, read back through the app', () => {
  let server: TestServer;
  let manifest: ScaleManifest;

  beforeAll(async () => {
    server = await startTestServer({}, { beforeListen: async (orm) => void (manifest = await generateScaleDataset(orm, OPTIONS)) });
  });
  afterAll(() => server?.close());

  it('writes what was asked, with the big campaign inside the big organisation', async () => {
    const orm = server.orm;
    for (const table of TABLES) {
      const [row] = await sql(orm, `select count(*)::int as count from ${table}`);
      expect(row!.count, table).toBe(manifest.counts[table]);
    }
    // What was asked, plus the small twins (one organisation of 20 campaigns).
    const [twins] = await sql(orm, `select count(*)::int as participations from campaigns.participations p join campaigns.campaigns c on c.id = p.campaign_id where c.organization_id = ?`, [manifest.twinOrganization.id]);
    expect(manifest.counts['organizations.organizations']).toBe(6 + 1);
    expect(manifest.counts['campaigns.campaigns']).toBe(40 + 20);
    expect(manifest.counts['campaigns.participations']).toBe(2000 + twins!.participations);
    const [big] = await sql(orm, `select c.organization_id, c.code, c.archived_at, c.external_id_label, count(p.id)::int as participations,
      (select count(*)::int from campaigns.campaigns where organization_id = c.organization_id) as organization_campaigns
      from campaigns.campaigns c join campaigns.participations p on p.campaign_id = c.id where c.id = ? group by c.id`, [manifest.bigCampaign.id]);
    expect(big).toMatchObject({ organization_id: manifest.bigOrganization.id, code: manifest.bigCampaign.code, archived_at: null, external_id_label: null, participations: 500, organization_campaigns: 15 });
    expect(manifest.bigOrganization.campaignsCount).toBe(15);

    const distinct = async (query: string) => (await sql(orm, query)).map((row) => row.value);
    expect(await distinct(`select distinct type::text as value from organizations.organizations order by 1`)).toEqual(['CAP_EMPLOI', 'E2C', 'EPIDE', 'FRANCE_TRAVAIL', 'MISSION_LOCALE', 'OTHER']);
    expect(await distinct(`select distinct type::text as value from campaigns.campaigns order by 1`)).toEqual(['ASSESSMENT', 'PROFILES_COLLECTION']);
    expect(await distinct(`select distinct status::text as value from campaigns.participations order by 1`)).toEqual(['SHARED', 'STARTED', 'TO_SHARE']);
    // Every organisation has an admin.
    expect(await distinct(`select count(*)::int as value from organizations.organizations o where not exists (select 1 from organizations.memberships m where m.organization_id = o.id and m.role = 'ADMIN')`)).toEqual([0]);
  });

  it('fills the campaigns read side exactly as the app rebuilds it, its copies written by the COPY itself', async () => {
    const orm = server.orm;
    const digest = async () => {
      const parts: string[] = [];
      const sources = {
        copies: `select id, last_name, first_name, shared_participation_id, shared_is_certifiable from campaigns.participations`,
        counts: 'select * from campaigns.campaign_counts',
        competences: 'select * from campaigns.campaign_competence_results',
        rates: 'select * from campaigns.campaign_mastery_rates',
        organizations: 'select * from campaigns.organization_participant_counts',
      };
      for (const [name, query] of Object.entries(sources)) {
        const [row] = await sql(orm, `select count(*)::int as rows, md5(coalesce(string_agg(to_jsonb(t)::text, '|' order by to_jsonb(t)::text), '')) as digest from (${query}) t`);
        parts.push(`${name}:${row!.rows}:${row!.digest}`);
      }
      return parts;
    };
    const generated = await digest();
    // Every participation still carries the command id of the COPY that wrote it: the generator's
    // rebuild, in the same transaction, rewrote none (a rewritten row gets a later command id).
    const [commands] = await sql(orm, 'select count(distinct cmin::text)::int as commands from campaigns.participations');
    expect(commands!.commands).toBe(1);
    // Kept aggregates there for the campaigns with participations, and the app's rebuild recomputes the same.
    const [counted] = await sql(orm, `select (select count(distinct campaign_id)::int from campaigns.participations) as campaigns, (select count(*)::int from campaigns.campaign_counts) as counted,
      (select sum(participants)::int from campaigns.campaign_counts) as people, (select count(*)::int from campaigns.participations where not is_improved) as current,
      (select count(*)::int from campaigns.participations where not is_improved and last_name is null) as unnamed`);
    expect(counted).toEqual({ campaigns: counted!.counted, counted: counted!.campaigns, people: counted!.current, current: counted!.people, unnamed: 0 });
    await rebuildCampaignsReadSide({ em: orm.em.fork() });
    expect(await digest()).toEqual(generated);
  });

  it('builds the small twins like the big ones: the same profile, the same kind of campaign and status mix, 20 campaigns', async () => {
    const orm = server.orm;
    const campaign = async (id: string) => (await sql(orm, `select c.organization_id, c.type::text as type, c.target_profile_id, c.archived_at, c.external_id_label, c.multiple_sendings,
        count(p.id)::int as participations, count(distinct p.status)::int as statuses
      from campaigns.campaigns c join campaigns.participations p on p.campaign_id = c.id where c.id = ? group by c.id`, [id]))[0]!;
    const [big, twin] = [await campaign(manifest.bigCampaign.id), await campaign(manifest.twinCampaign.id)];
    expect(twin).toEqual({ ...big, organization_id: manifest.twinOrganization.id, participations: manifest.twinCampaign.participationsCount });
    expect(manifest.twinCampaign.participationsCount).toBe(500);
    const [organization] = await sql(orm, `select (select count(*)::int from campaigns.campaigns where organization_id = ?) as campaigns, o.type::text as type from organizations.organizations o where o.id = ?`, [manifest.twinOrganization.id, manifest.twinOrganization.id]);
    expect(organization).toEqual({ campaigns: 20, type: 'FRANCE_TRAVAIL' });

    const client = server.client();
    const login = await client.ok<{ login: { accessToken: string } }>(LOGIN, manifest.twinAdmin);
    client.withToken(login.login.accessToken);
    const data = await client.ok<{ campaign: { participations: { totalCount: number } } }>(`query ($id: ID!) { campaign(id: $id) { participations(first: 10) { totalCount } } }`, { id: manifest.twinCampaign.id });
    expect(data.campaign.participations.totalCount).toBe(500);
  });

  it("gives every campaign a unique code of the guide's format", async () => {
    const codes = (await sql(server.orm, 'select code from campaigns.campaigns')).map((row) => row.code as string);
    expect(codes.every((code) => /^[A-HJKMNP-Z]{6}[2-9]{3}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('puts knowledge elements behind every participation and snapshots on shared ones only', async () => {
    const orm = server.orm;
    const [row] = await sql(orm, `select
        count(*) filter (where (results is not null) <> (status = 'SHARED'))::int as misplaced,
        count(*) filter (where (mastery_rate is not null) and status <> 'SHARED')::int as rates_unshared,
        count(*) filter (where status <> 'STARTED' and finished_at is null)::int as unfinished,
        count(*) filter (where c.type = 'ASSESSMENT' and not exists (select 1 from certification.knowledge_elements k where k.user_id = p.user_id and k.participation_id = p.id))::int as assessments_without_elements,
        count(*) filter (where not exists (select 1 from certification.knowledge_elements k where k.user_id = p.user_id and k.created_at <= coalesce(p.shared_at, p.finished_at, now())))::int as without_elements
      from campaigns.participations p join campaigns.campaigns c on c.id = p.campaign_id`);
    expect(row).toEqual({ misplaced: 0, rates_unshared: 0, unfinished: 0, assessments_without_elements: 0, without_elements: 0 });
  });

  it("holds, on every shared participation, the snapshot the app's certification rules compute from its knowledge elements", async () => {
    const orm = server.orm;
    const em = orm.em.fork();
    const shared = await sql(orm, `select p.id, p.user_id, p.shared_at, p.mastery_rate, p.validated_skills_count, p.tested_skills_count, p.pix_score, p.is_certifiable, p.results, c.target_profile_id
      from campaigns.participations p join campaigns.campaigns c on c.id = p.campaign_id where p.status = 'SHARED'`);
    const elements = await sql(orm, `select id, user_id, skill_id, competence_id, status, earned_pix, participation_id, created_at from certification.knowledge_elements`);
    const byUser = new Map<string, certification.KnowledgeElement[]>();
    for (const element of elements) {
      const list = byUser.get(element.user_id) ?? [];
      list.push({ id: element.id, userId: element.user_id, skillId: element.skill_id, competenceId: element.competence_id, status: element.status, earnedPix: Number(element.earned_pix), participationId: element.participation_id, createdAt: new Date(element.created_at) });
      byUser.set(element.user_id, list);
    }
    let profilesCollections = 0;
    for (const participation of shared) {
      // What the person had when they shared (the app computes at that moment).
      const known = (byUser.get(participation.user_id) ?? []).filter((element) => element.createdAt.getTime() <= new Date(participation.shared_at).getTime());
      let expected: Row;
      if (participation.target_profile_id) {
        const skills = await certification.getTargetProfileSkills({ em: em }, participation.target_profile_id);
        const skillIds = new Set(skills.map((skill) => skill.skillId));
        const latest = new Map<string, certification.KnowledgeElement>();
        for (const element of known.filter((entry) => skillIds.has(entry.skillId))) {
          const current = latest.get(element.skillId);
          if (!current || element.createdAt >= current.createdAt) latest.set(element.skillId, element);
        }
        const result = certification.computeResult({ skills, knowledgeElements: [...latest.values()] });
        const badges = certification.computeBadges({ badges: await certification.getTargetProfileBadges({ em: em }, participation.target_profile_id), result });
        const hundredths = [...latest.values()].filter((element) => element.status === 'VALIDATED').reduce((sum, element) => sum + Math.round(element.earnedPix * 100), 0);
        expected = {
          mastery_rate: result.masteryRate.toFixed(4), validated_skills_count: result.validatedSkillsCount, tested_skills_count: result.testedSkillsCount,
          pix_score: Math.floor(hundredths / 100), is_certifiable: null,
          results: { totalSkillsCount: result.totalSkillsCount, competences: result.competences, areas: result.areas, badges: badges.map((badge) => ({ key: badge.key, title: badge.title })) },
        };
      } else {
        profilesCollections += 1;
        const { profile, eligibility } = await certification.evaluateProfileAndEligibility(participation.user_id, {
          referential: { get: () => certification.getReferentialAreasAndCompetences({ em: em }) },
          knowledgeElements: { findLatestByUserId: async () => known },
          badges: { findByKey: async () => (await certification.getTargetProfileBadges({ em: em }, certification.PIX_EMPLOI_CLEA_TARGET_PROFILE_ID))[0] ?? null },
          targetProfiles: {
            findSkills: async (id) => (await certification.getTargetProfileSkills({ em: em }, id)).map((skill) => ({ id: skill.skillId, competenceId: skill.competenceId, areaId: skill.areaId }) as never),
            findById: async () => null,
            listVisibleToOrganization: async () => ({ items: [], totalCount: 0 }) as never,
            isSharedWithAnyOf: async () => false,
          },
          settings: certification.certificationSettings(),
        });
        expected = {
          mastery_rate: null, validated_skills_count: null, tested_skills_count: null, pix_score: profile.pixScore, is_certifiable: eligibility.isCertifiable,
          results: { competences: profile.competences.map((score) => ({ competenceId: score.competence.id, code: score.competence.code, pixScore: score.pixScore, level: score.level })), complementary: eligibility.complementary },
        };
      }
      const { mastery_rate, validated_skills_count, tested_skills_count, pix_score, is_certifiable, results } = participation;
      expect({ mastery_rate, validated_skills_count, tested_skills_count, pix_score, is_certifiable, results }, participation.id).toEqual(expected);
    }
    expect(shared.length).toBeGreaterThan(1000);
    expect(profilesCollections).toBeGreaterThan(0);
  });

  it('shows the generated results through GraphQL: the list, the collective results', async () => {
    const client = server.client();
    const login = await client.ok<{ login: { accessToken: string } }>(LOGIN, manifest.admin);
    client.withToken(login.login.accessToken);
    const data = await client.ok<{ campaign: { participations: { totalCount: number; nodes: { id: string; masteryRate: number | null }[] }; collectiveResults: { competenceId: string; averageMasteryRate: number; participantsCount: number }[] } }>(
      `query ($id: ID!) { campaign(id: $id) {
        participations(first: 100, orderBy: DATE, filter: { status: SHARED }) { totalCount nodes { id masteryRate } }
        collectiveResults { competenceId averageMasteryRate participantsCount } } }`,
      { id: manifest.bigCampaign.id },
    );
    const shared = await sql(server.orm, `select id, participant_id, mastery_rate, results, is_improved from campaigns.participations where campaign_id = ? and status = 'SHARED'`, [manifest.bigCampaign.id]);
    expect(data.campaign.participations.totalCount).toBe(shared.filter((row) => !row.is_improved).length);
    const rates = new Map(shared.map((row) => [row.id, Number(row.mastery_rate)]));
    for (const node of data.campaign.participations.nodes) expect(node.masteryRate).toBe(rates.get(node.id));

    // Per competence, the mean of the generated snapshots' rates (one result per participant).
    const sums = new Map<string, { sum: number; count: number }>();
    for (const row of shared) {
      for (const competence of row.results.competences as { competenceId: string; masteryRate: number }[]) {
        const entry = sums.get(competence.competenceId) ?? { sum: 0, count: 0 };
        entry.sum += competence.masteryRate;
        entry.count += 1;
        sums.set(competence.competenceId, entry);
      }
    }
    expect(data.campaign.collectiveResults.map((entry) => [entry.competenceId, entry.participantsCount, entry.averageMasteryRate])).toEqual(
      [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([competenceId, { sum, count }]) => [competenceId, count, Math.round((sum / count) * 100) / 100]),
    );
  });

  it("gets from the app, sharing a generated finished participation, the snapshot the generator computes", async () => {
    const orm = server.orm;
    const [toShare] = await sql(orm, `select p.id, p.user_id, u.email, c.target_profile_id from campaigns.participations p
      join campaigns.campaigns c on c.id = p.campaign_id join organizations.users u on u.id = p.user_id
      where p.status = 'TO_SHARE' and c.type = 'ASSESSMENT' and c.archived_at is null
      order by c.target_profile_id = ? desc, p.id limit 1`, [certification.PIX_EMPLOI_CLEA_TARGET_PROFILE_ID]);
    const client = server.client();
    const login = await client.ok<{ login: { accessToken: string } }>(LOGIN, { email: toShare!.email, password: manifest.admin.password });
    client.withToken(login.login.accessToken);
    await client.ok(`mutation ($id: ID!) { shareParticipationResults(participationId: $id) { status } }`, { id: toShare!.id });

    const reference = await loadReference(orm);
    const profile = reference.profiles.get(toShare!.target_profile_id)!;
    const elements = (await sql(orm, `select * from certification.knowledge_elements where user_id = ?`, [toShare!.user_id])).map((row) => ({
      id: row.id, userId: row.user_id, skillId: row.skill_id, competenceId: row.competence_id, status: row.status, earnedPix: Number(row.earned_pix), participationId: row.participation_id, createdAt: new Date(row.created_at),
    }));
    const expected = assessmentSnapshot(profile, elements, new Set(profile.skills.map((skill) => skill.skillId)));
    const [written] = await sql(orm, `select status, mastery_rate, validated_skills_count, tested_skills_count, pix_score, is_certifiable, results from campaigns.participations where id = ?`, [toShare!.id]);
    expect(written).toEqual({
      status: 'SHARED', mastery_rate: expected.masteryRate!.toFixed(4), validated_skills_count: expected.validatedSkillsCount, tested_skills_count: expected.testedSkillsCount,
      pix_score: expected.pixScore, is_certifiable: null, results: expected.details,
    });
  });

  it('gives the benchmark a participant with a participation, and fresh accounts that can join the joinable campaigns', async () => {
    const orm = server.orm;
    const [own] = await sql(orm, `select p.status::text as status from campaigns.participations p join organizations.users u on u.id = p.user_id where u.email = ? and p.id = ?`, [manifest.participant.email, manifest.participant.participationId]);
    expect(own).toEqual({ status: 'SHARED' });
    const joined = await sql(orm, `select 1 from campaigns.participations p join campaigns.campaigns c on c.id = p.campaign_id join organizations.users u on u.id = p.user_id where u.email = ? and c.code in (?)`, [manifest.participant.email, manifest.joinableCampaignCodes]);
    expect(joined).toEqual([]);
    const joinable = await sql(orm, `select archived_at, external_id_label, type::text as type from campaigns.campaigns where code in (?)`, [manifest.joinableCampaignCodes]);
    expect(joinable.length).toBe(manifest.joinableCampaignCodes.length);
    expect(joinable.every((row) => row.archived_at === null && row.external_id_label === null && row.type === 'ASSESSMENT')).toBe(true);

    const client = server.client();
    const login = await client.ok<{ login: { accessToken: string } }>(LOGIN, manifest.freshParticipants[0]!);
    client.withToken(login.login.accessToken);
    const started = await client.ok<{ startParticipation: { status: string } }>(`mutation ($code: String!) { startParticipation(code: $code) { status } }`, { code: manifest.joinableCampaignCode });
    expect(started.startParticipation.status).toBe('STARTED');
  });

  it('does nothing when the same dataset is asked again, and refuses a database holding other data', async () => {
    const again = await generateScaleDataset(server.orm, OPTIONS);
    expect(again).toEqual({ ...manifest, alreadyPresent: true });
    await expect(generateScaleDataset(server.orm, { ...OPTIONS, seed: 7 })).rejects.toThrow(/Another scale dataset/);
  });
});

describe('national-scale generator, determinism', () => {
  const databases: { orm: Orm; close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const database of databases) await database.close();
  });

  it('writes the same rows for the same seed in two databases, other rows for another seed', async () => {
    const run = async (seed: number) => {
      const database = await createTestOrm();
      databases.push(database);
      await generateScaleDataset(database.orm, { ...OPTIONS, seed });
      return checksum(database.orm);
    };
    const first = await run(42);
    const second = await run(42);
    const other = await run(7);
    expect(second).toBe(first);
    for (const [index, part] of other.split(' ').entries()) expect(part, 'every table differs').not.toBe(first.split(' ')[index]);
  });

  it('refuses a database that holds other data unless forced', async () => {
    const database = await createTestOrm();
    databases.push(database);
    await database.orm.em.getConnection().execute(`insert into organizations.users (id, email, first_name, last_name, password_hash, created_at) values (gen_random_uuid(), 'someone@example.fr', 'Ada', 'Lovelace', 'x', now())`);
    await expect(generateScaleDataset(database.orm, OPTIONS)).rejects.toThrow(/already holds data/);
    const forced = await generateScaleDataset(database.orm, { ...OPTIONS, force: true });
    expect(forced.counts['campaigns.participations']).toBeGreaterThan(2000);
  });
});
