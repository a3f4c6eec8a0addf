import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The floor: the best SQL we can write by hand for each scenario's answer on the same schema, run
 * with `pg` behind a bare node:http server (same Node, same HTTP/1.1 keep-alive, JSON out), with no
 * GraphQL, no authentication, no ORM. Reads go through the campaigns read side: the name-ordered
 * partial index of current participations (keyset pages, the result joined by its pointer), the
 * kept counts, per competence sums and people per mastery rate; PostgreSQL builds the JSON, which
 * Node passes through. Anything we add on top of this is our framework's cost.
 */
export async function startFloor(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = createServer((req, res) => {
    handle(pool, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

const STATIC_ANSWER = '{"ok":true}';

async function handle(pool: pg.Pool, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://floor');
  const param = (name: string) => url.searchParams.get(name) ?? '';
  switch (url.pathname) {
    case '/static':
      return json(res, STATIC_ANSWER);
    case '/participants':
      return json(res, await participantsPage(pool, param('campaign'), { after: param('after'), last: param('last') === '1', search: param('search') }));
    case '/campaigns':
      return json(res, await campaignList(pool, param('organization')));
    case '/collective':
      return json(res, await collectiveResults(pool, param('campaign')));
    case '/bands':
      return json(res, await resultBands(pool, param('campaign')));
    case '/join':
      return json(res, await campaignToJoin(pool, param('code')));
    case '/me':
      return json(res, await me(pool, param('user')));
    case '/start':
      return json(res, await start(pool, JSON.parse(await body(req))));
    case '/record':
      return json(res, await record(pool, JSON.parse(await body(req))));
    case '/share':
      return json(res, await share(pool, JSON.parse(await body(req))));
    case '/feed':
      return json(res, await partnerFeed(pool, param('network'), param('after')));
    case '/export':
      return exportCsv(pool, param('campaign'), res);
    default:
      res.writeHead(404).end();
  }
}

/** A string is JSON PostgreSQL already built: wrapped as it is, not parsed and printed again. */
function json(res: ServerResponse, payload: unknown): void {
  const text = typeof payload === 'string' ? `{"data":${payload}}` : JSON.stringify({ data: payload });
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const CURRENT = 'p.is_improved = false and p.deleted_at is null';
const NAME = 'p.last_name collate "campaigns"."french", p.first_name collate "campaigns"."french", p.id';
const NAME_DESC = 'p.last_name collate "campaigns"."french" desc, p.first_name collate "campaigns"."french" desc, p.id desc';
const SEARCH_TEXT = `lower(coalesce(p.last_name, '') || ' ' || coalesce(p.first_name, '') || ' ' || coalesce(p.participant_external_id, ''))`;
// A node of the page: the current participation, and the person's result through its pointer (null until they share).
const NODE = `json_build_object('id', p.id, 'status', p.status, 'participantFirstName', p.first_name, 'participantLastName', p.last_name,
  'participantExternalId', p.participant_external_id, 'startedAt', p.started_at, 'sharedAt', s.shared_at, 'masteryRate', s.mastery_rate,
  'validatedSkillsCount', s.validated_skills_count, 'pixScore', s.pix_score, 'isCertifiable', s.is_certifiable, 'competenceResults', s.results->'competences')`;

/**
 * 50 current participations by name with their results, and the total, in one statement: a
 * keyset page read in index order (participations_current_name_index), forwards after a key or
 * backwards for the last page; the total from the kept counts; a search by the trigram index,
 * counted over its matches.
 */
async function participantsPage(pool: pg.Pool, campaignId: string, page: { after: string; last: boolean; search: string }) {
  const params: unknown[] = [campaignId];
  let where = `p.campaign_id = $1 and ${CURRENT}`;
  if (page.after) {
    const [last, first, id] = JSON.parse(Buffer.from(page.after, 'base64url').toString('utf8')) as [string, string, string];
    params.push(last, first, id);
    where += ` and (p.last_name collate "campaigns"."french", p.first_name collate "campaigns"."french", p.id) > ($2, $3, $4::uuid)`;
  }
  if (page.search) {
    params.push(`%${page.search.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`);
    where += ` and ${SEARCH_TEXT} like $${params.length}`;
  }
  const total = page.search
    ? `(select count(*) from campaigns.participations p where ${where})`
    : '(select participants from campaigns.campaign_counts where campaign_id = $1)';
  const { rows } = await pool.query<{ page: string }>(
    `with page as (
       select p.* from campaigns.participations p where ${where} order by ${page.last ? NAME_DESC : NAME} limit 50
     )
     select json_build_object('totalCount', coalesce(${total}, 0),
       'nodes', coalesce((select json_agg(${NODE} order by ${NAME}) from page p left join campaigns.participations s on s.id = p.shared_participation_id), '[]'))::text as page`,
    params,
  );
  return rows[0]!.page;
}

/** The organisation's 50 newest campaigns with their kept counts, and the total: one statement. */
async function campaignList(pool: pg.Pool, organizationId: string) {
  const { rows } = await pool.query<{ page: string }>(
    `with page as (
       select id, name, code, type, created_at, archived_at from campaigns.campaigns
        where organization_id = $1 and deleted_at is null order by created_at desc, id limit 50
     )
     select json_build_object('totalCount', (select count(*) from campaigns.campaigns where organization_id = $1 and deleted_at is null),
       'nodes', coalesce((select json_agg(json_build_object('id', c.id, 'name', c.name, 'code', c.code, 'type', c.type, 'createdAt', c.created_at,
         'isArchived', c.archived_at is not null, 'participantsCount', coalesce(k.participants, 0), 'sharedParticipationsCount', coalesce(k.shared, 0))
         order by c.created_at desc, c.id) from page c left join campaigns.campaign_counts k on k.campaign_id = c.id), '[]'))::text as page`,
    [organizationId],
  );
  return rows[0]!.page;
}

/** Per competence, the mean over each person's result, named: from the kept sums, one statement. */
async function collectiveResults(pool: pg.Pool, campaignId: string) {
  const { rows } = await pool.query<{ results: string }>(
    `select coalesce(json_agg(json_build_object('competenceId', r.competence_id, 'competenceCode', co.code, 'competenceName', co.name,
       'averageMasteryRate', round(r.mastery_rate_sum / r.mastery_people, 2), 'participantsCount', r.mastery_people,
       'averageValidatedSkillsCount', round(r.validated_skills_sum / r.mastery_people, 1), 'totalSkillsCount', r.total_skills_count) order by r.competence_id), '[]')::text as results
       from campaigns.campaign_competence_results r left join certification.competences co on co.id = r.competence_id
      where r.campaign_id = $1 and r.mastery_people > 0`,
    [campaignId],
  );
  return rows[0]!.results;
}

/** People per band of global mastery (the diagnostic profile's bands, as the bench's campaigns use it): from the kept people per rate. */
async function resultBands(pool: pg.Pool, campaignId: string) {
  const { rows } = await pool.query<{ bands: string }>(
    `select json_build_array(
       json_build_object('key', 'DIAGNOSTIC_BELOW_50', 'count', coalesce(sum(people) filter (where mastery_rate < 0.5), 0)),
       json_build_object('key', 'DIAGNOSTIC_50_TO_80', 'count', coalesce(sum(people) filter (where mastery_rate >= 0.5 and mastery_rate <= 0.8), 0)),
       json_build_object('key', 'DIAGNOSTIC_ABOVE_80', 'count', coalesce(sum(people) filter (where mastery_rate > 0.8), 0)))::text as bands
       from campaigns.campaign_mastery_rates where campaign_id = $1`,
    [campaignId],
  );
  return rows[0]!.bands;
}

/** The landing page: the campaign and its organisation's name, one statement. */
async function campaignToJoin(pool: pg.Pool, code: string) {
  const { rows } = await pool.query(
    `select c.code, c.type, c.title, c.welcome_text, c.external_id_label, c.external_id_type, c.archived_at, o.name as organization_name
       from campaigns.campaigns c join organizations.organizations o on o.id = c.organization_id
      where c.code = $1 and c.deleted_at is null`,
    [code],
  );
  return rows[0];
}

/** The person and their active memberships with each organisation: two statements. */
async function me(pool: pg.Pool, userId: string) {
  const [user, memberships] = await Promise.all([
    pool.query('select id, email, first_name, last_name, support_role, terms_accepted_at, created_at from organizations.users where id = $1', [userId]),
    pool.query(
      `select m.id, m.role, m.created_at, o.id as organization_id, o.name, o.type
         from organizations.memberships m join organizations.organizations o on o.id = m.organization_id
        where m.user_id = $1 and m.disabled_at is null order by m.created_at, m.id`,
      [userId],
    ),
  ]);
  return { ...user.rows[0], memberships: memberships.rows };
}

/**
 * startParticipation: the organisation's participant record, then the participation with its
 * copied name and the kept counts (two statements), as ours keeps its read side.
 */
async function start(pool: pg.Pool, input: { campaignId: string; organizationId: string; userId: string }) {
  const participant = await pool.query<{ id: string; inserted: boolean }>(
    `with participant as (
       insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
       values (gen_random_uuid(), $1, $2, 'Bench', 'Floor', now())
       on conflict (organization_id, user_id) do update set organization_id = excluded.organization_id returning id, xmax = 0 as inserted
     ), counted as (
       insert into campaigns.organization_participant_counts as k (organization_id, participants)
       select $1, 1 from participant where inserted
       on conflict (organization_id) do update set participants = k.participants + 1
     )
     select id, inserted from participant`,
    [input.organizationId, input.userId],
  );
  const { rows } = await pool.query(
    `with participation as (
       insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, is_improved, started_at, last_name, first_name)
       values (gen_random_uuid(), $1, $2, $3, 'STARTED', false, now(), 'Floor', 'Bench')
       on conflict (campaign_id, user_id) where is_improved = false and deleted_at is null do nothing returning id, status, campaign_id
     ), counted as (
       insert into campaigns.campaign_counts as k (campaign_id, participants, started, current_started)
       select campaign_id, 1, 1, 1 from participation
       on conflict (campaign_id) do update set participants = k.participants + 1, started = k.started + 1, current_started = k.current_started + 1
     )
     select id, status from participation`,
    [input.campaignId, participant.rows[0]!.id, input.userId],
  );
  return rows[0];
}

/** The engine's report: the knowledge elements, then STARTED → TO_SHARE with the kept counts (two statements). */
async function record(pool: pg.Pool, input: { participationId: string; userId: string; elements: { skillId: string; competenceId: string; status: string }[] }) {
  await pool.query(
    `insert into certification.knowledge_elements (id, user_id, skill_id, competence_id, status, earned_pix, participation_id, created_at)
     select gen_random_uuid(), $1, e.skill_id, e.competence_id, e.status, 0, $2, now()
       from jsonb_to_recordset($3::jsonb) as e(skill_id text, competence_id text, status text)`,
    [input.userId, input.participationId, JSON.stringify(input.elements.map((e) => ({ skill_id: e.skillId, competence_id: e.competenceId, status: e.status })))],
  );
  const { rows } = await pool.query(
    `with moved as (
       update campaigns.participations set status = 'TO_SHARE', finished_at = now() where id = $1 and status = 'STARTED' returning id, status, campaign_id
     ), counted as (
       update campaigns.campaign_counts k set started = k.started - 1, to_share = k.to_share + 1, current_started = k.current_started - 1, current_to_share = k.current_to_share + 1
         from moved where k.campaign_id = moved.campaign_id
     )
     select id, status from moved`,
    [input.participationId],
  );
  return rows[0];
}

/**
 * Sharing: read the person's elements, freeze a snapshot with the result pointer, and add it to
 * the kept counts, per competence sums and people per rate (two statements). The bench's people
 * share once, so their contribution is added, never withdrawn first.
 */
async function share(pool: pg.Pool, input: { participationId: string; userId: string }) {
  // By person (the only index on knowledge elements leads with user_id), as ours reads them.
  const elements = await pool.query<{ competence_id: string; validated: string; tested: string }>(
    `select competence_id, count(*) filter (where status = 'VALIDATED') as validated, count(*) as tested
       from certification.knowledge_elements where user_id = $1 and participation_id = $2 group by competence_id`,
    [input.userId, input.participationId],
  );
  const validated = elements.rows.reduce((sum, row) => sum + Number(row.validated), 0);
  const tested = elements.rows.reduce((sum, row) => sum + Number(row.tested), 0);
  const competences = elements.rows.map((row) => ({ competenceId: row.competence_id, masteryRate: Number(row.validated) / Number(row.tested), validatedSkillsCount: Number(row.validated), totalSkillsCount: Number(row.tested) }));
  const { rows } = await pool.query(
    `with shared as (
       update campaigns.participations
          set status = 'SHARED', shared_at = now(), mastery_rate = $2, validated_skills_count = $3, tested_skills_count = $4, pix_score = $3, results = $5,
              shared_participation_id = id, shared_is_certifiable = null
        where id = $1 and status = 'TO_SHARE' returning id, status, campaign_id, mastery_rate, results
     ), counted as (
       update campaigns.campaign_counts k set to_share = k.to_share - 1, shared = k.shared + 1, current_to_share = k.current_to_share - 1, current_shared = k.current_shared + 1
         from shared where k.campaign_id = shared.campaign_id
     ), summed as (
       insert into campaigns.campaign_competence_results as k (campaign_id, competence_id, mastery_people, mastery_rate_sum, validated_skills_sum, total_skills_count)
       select s.campaign_id, c->>'competenceId', 1, (c->>'masteryRate')::numeric, (c->>'validatedSkillsCount')::numeric, (c->>'totalSkillsCount')::int
         from shared s, jsonb_array_elements(s.results->'competences') c
       on conflict (campaign_id, competence_id) do update set mastery_people = k.mastery_people + 1, mastery_rate_sum = k.mastery_rate_sum + excluded.mastery_rate_sum,
         validated_skills_sum = k.validated_skills_sum + excluded.validated_skills_sum, total_skills_count = greatest(k.total_skills_count, excluded.total_skills_count)
     ), rated as (
       insert into campaigns.campaign_mastery_rates as k (campaign_id, mastery_rate, people)
       select campaign_id, mastery_rate, 1 from shared where mastery_rate is not null
       on conflict (campaign_id, mastery_rate) do update set people = k.people + 1
     )
     select id, status from shared`,
    [input.participationId, tested ? (validated / tested).toFixed(4) : null, validated, tested, JSON.stringify({ competences })],
  );
  return rows[0];
}

/**
 * The CSV export in index order (no sort: the first rows come at once), the result through its
 * pointer, behind a server-side cursor (plain SQL DECLARE / FETCH), 1,000 rows a fetch, each row
 * joined with ';', streamed with back-pressure.
 */
async function exportCsv(pool: pg.Pool, campaignId: string, res: ServerResponse): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin read only');
    // The index gives the order: never a sort before the first row, whatever the estimates.
    await client.query('set local enable_sort = off');
    await client.query(
      `declare export_rows no scroll cursor for
       select p.last_name, p.first_name, p.participant_external_id, p.status, p.started_at, s.shared_at, s.mastery_rate, s.pix_score, s.results
         from campaigns.participations p left join campaigns.participations s on s.id = p.shared_participation_id
        where p.campaign_id = $1 and ${CURRENT}
        order by ${NAME}`,
      [campaignId],
    );
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
    res.write('\ufeffNom;Prénom;Identifiant;Statut;Début;Partage;Maîtrise;Pix\n');
    for (;;) {
      const { rows } = await client.query<ExportRow>('fetch 1000 from export_rows');
      if (rows.length === 0) break;
      const text = rows
        .map((row) => [row.last_name, row.first_name, row.participant_external_id ?? '', row.status, row.started_at.toISOString(), row.shared_at?.toISOString() ?? 'NA', row.mastery_rate ?? 'NA', row.pix_score ?? 'NA', ...competenceRates(row.results)].join(';'))
        .join('\n');
      if (!res.write(`${text}\n`)) await new Promise((resolve) => res.once('drain', resolve));
    }
    await client.query('commit');
    res.end();
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function competenceRates(results: { competences?: { masteryRate: number }[] } | null): string[] {
  return (results?.competences ?? []).map((competence) => String(competence.masteryRate));
}

interface ExportRow {
  last_name: string;
  first_name: string;
  participant_external_id: string | null;
  status: string;
  started_at: Date;
  shared_at: Date | null;
  mastery_rate: string | null;
  pix_score: number | null;
  results: { competences?: { masteryRate: number }[] } | null;
}

/**
 * A partner's page of 100 shared results of a network, in the feed's order from a cursor, with the
 * campaign and the structure, in one statement: the same index as ours (shared_xid, id), the
 * network's structures by their index, JSON built by PostgreSQL. No pseudonym (ours hashes it).
 */
async function partnerFeed(pool: pg.Pool, networkId: string, after: string) {
  const params: unknown[] = [networkId];
  let where = "p.status = 'SHARED' and p.deleted_at is null and coalesce(p.shared_xid, '0'::xid8) < pg_snapshot_xmin(pg_current_snapshot())";
  if (after) {
    const [xid, id] = after.split(',');
    params.push(xid, id);
    where += " and (coalesce(p.shared_xid, '0'::xid8), p.id) > ($2::xid8, $3::uuid)";
  }
  const { rows } = await pool.query<{ page: string }>(
    `with page as (
       select p.*, coalesce(p.shared_xid, '0'::xid8) as feed_xid, c.code, c.name, c.organization_id from campaigns.participations p join campaigns.campaigns c on c.id = p.campaign_id
        where ${where} and c.organization_id = any(array(select id from organizations.organizations where network_id = $1))
        order by coalesce(p.shared_xid, '0'::xid8), p.id limit 101
     )
     select json_build_object('hasNextPage', count(*) > 100, 'nodes', coalesce(json_agg(json_build_object(
       'id', id, 'sharedAt', shared_at, 'startedAt', started_at, 'masteryRate', mastery_rate, 'validatedSkillsCount', validated_skills_count,
       'testedSkillsCount', tested_skills_count, 'pixScore', pix_score, 'isCertifiable', is_certifiable, 'externalId', participant_external_id,
       'campaign', json_build_object('id', campaign_id, 'code', code, 'name', name, 'organizationId', organization_id),
       'competenceResults', results->'competences') order by feed_xid, id) filter (where rn <= 100), '[]')) as page
       from (select page.*, row_number() over (order by feed_xid, id) as rn from page) numbered`,
    params,
  );
  return rows[0]!.page;
}
