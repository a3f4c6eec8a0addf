import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The physical floor: the SQL our API needs for each scenario, run with `pg` behind a bare
 * node:http server (same Node, same HTTP/1.1 keep-alive, JSON out), with no GraphQL, no
 * authentication, no ORM. Anything we add on top of this is our framework's cost.
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

const STATIC_ANSWER = JSON.stringify({ data: { ok: true } });

async function handle(pool: pg.Pool, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://floor');
  const param = (name: string) => url.searchParams.get(name) ?? '';
  switch (url.pathname) {
    case '/static':
      return json(res, STATIC_ANSWER);
    case '/participants':
      return json(res, await participantsPage(pool, param('campaign')));
    case '/campaigns':
      return json(res, await campaignList(pool, param('organization')));
    case '/collective':
      return json(res, await collectiveResults(pool, param('campaign')));
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
    case '/export':
      return exportCsv(pool, param('campaign'), res);
    default:
      res.writeHead(404).end();
  }
}

function json(res: ServerResponse, payload: unknown): void {
  const text = typeof payload === 'string' ? payload : JSON.stringify({ data: payload });
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

/** 50 current participations by name with their frozen results, and the total: two statements. */
async function participantsPage(pool: pg.Pool, campaignId: string) {
  const where = 'p.campaign_id = $1 and p.is_improved = false and p.deleted_at is null';
  const [rows, count] = await Promise.all([
    pool.query(
      `select p.id, p.status, p.participant_external_id, p.started_at, p.shared_at, pa.first_name, pa.last_name,
              case when p.status = 'SHARED' then p.mastery_rate end as mastery_rate,
              case when p.status = 'SHARED' then p.validated_skills_count end as validated_skills_count,
              case when p.status = 'SHARED' then p.pix_score end as pix_score,
              case when p.status = 'SHARED' then p.results end as results
         from campaigns.participations p left join campaigns.participants pa on pa.id = p.participant_id
        where ${where}
        order by pa.last_name collate organizations.french, pa.first_name collate organizations.french, p.id limit 50`,
      [campaignId],
    ),
    pool.query(`select count(*) from campaigns.participations p where ${where}`, [campaignId]),
  ]);
  return { totalCount: Number(count.rows[0].count), nodes: rows.rows };
}

/** The organisation's 50 newest campaigns, the total, and their counts: three statements. */
async function campaignList(pool: pg.Pool, organizationId: string) {
  const where = 'organization_id = $1 and deleted_at is null';
  const [page, count] = await Promise.all([
    pool.query(
      `select id, name, code, type, created_at, archived_at from campaigns.campaigns where ${where} order by created_at desc, id limit 50`,
      [organizationId],
    ),
    pool.query(`select count(*) from campaigns.campaigns where ${where}`, [organizationId]),
  ]);
  const counts = await pool.query(
    `select campaign_id, count(distinct participant_id) as participants, count(*) filter (where status = 'SHARED') as shared
       from campaigns.participations
      where campaign_id = any($1) and deleted_at is null and is_improved = false
      group by campaign_id`,
    [page.rows.map((row) => row.id)],
  );
  const byCampaign = new Map(counts.rows.map((row) => [row.campaign_id, row]));
  return {
    totalCount: Number(count.rows[0].count),
    nodes: page.rows.map((row) => ({ ...row, participantsCount: Number(byCampaign.get(row.id)?.participants ?? 0), sharedParticipationsCount: Number(byCampaign.get(row.id)?.shared ?? 0) })),
  };
}

/** Per competence, the mean over each participant's latest shared result, named: one statement. */
async function collectiveResults(pool: pg.Pool, campaignId: string) {
  const { rows } = await pool.query(
    `with latest as (
       select distinct on (participant_id) results from campaigns.participations
        where campaign_id = $1 and status = 'SHARED' and deleted_at is null
        order by participant_id, shared_at desc
     ), averages as (
       select c->>'competenceId' as competence_id, round(avg((c->>'masteryRate')::numeric), 2) as average, count(*) as participants
         from latest, jsonb_array_elements(latest.results->'competences') c
        where c->>'masteryRate' is not null
        group by 1
     )
     select a.*, co.code, co.name from averages a left join certification.competences co on co.id = a.competence_id order by a.competence_id`,
    [campaignId],
  );
  return rows;
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

/** startParticipation: the organisation's participant record, then the participation (two statements). */
async function start(pool: pg.Pool, input: { campaignId: string; organizationId: string; userId: string }) {
  const participant = await pool.query(
    `insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
     values (gen_random_uuid(), $1, $2, 'Bench', 'Floor', now())
     on conflict (organization_id, user_id) do update set organization_id = excluded.organization_id returning id`,
    [input.organizationId, input.userId],
  );
  const { rows } = await pool.query(
    `insert into campaigns.participations (id, campaign_id, participant_id, user_id, status, is_improved, started_at)
     values (gen_random_uuid(), $1, $2, $3, 'STARTED', false, now())
     on conflict (campaign_id, user_id) where is_improved = false and deleted_at is null do nothing returning id, status`,
    [input.campaignId, participant.rows[0].id, input.userId],
  );
  return rows[0];
}

/** The engine's report: the knowledge elements, then STARTED → TO_SHARE (two statements). */
async function record(pool: pg.Pool, input: { participationId: string; userId: string; elements: { skillId: string; competenceId: string; status: string }[] }) {
  await pool.query(
    `insert into certification.knowledge_elements (id, user_id, skill_id, competence_id, status, earned_pix, participation_id, created_at)
     select gen_random_uuid(), $1, e.skill_id, e.competence_id, e.status, 0, $2, now()
       from jsonb_to_recordset($3::jsonb) as e(skill_id text, competence_id text, status text)`,
    [input.userId, input.participationId, JSON.stringify(input.elements.map((e) => ({ skill_id: e.skillId, competence_id: e.competenceId, status: e.status })))],
  );
  const { rows } = await pool.query(
    `update campaigns.participations set status = 'TO_SHARE', finished_at = now() where id = $1 and status = 'STARTED' returning id, status`,
    [input.participationId],
  );
  return rows[0];
}

/** Sharing: read the person's elements, freeze a snapshot (two statements). */
async function share(pool: pg.Pool, input: { participationId: string; userId: string }) {
  // By person (the only index on knowledge elements leads with user_id), as ours reads them.
  const elements = await pool.query(
    `select competence_id, count(*) filter (where status = 'VALIDATED') as validated, count(*) as tested
       from certification.knowledge_elements where user_id = $1 and participation_id = $2 group by competence_id`,
    [input.userId, input.participationId],
  );
  const validated = elements.rows.reduce((sum, row) => sum + Number(row.validated), 0);
  const tested = elements.rows.reduce((sum, row) => sum + Number(row.tested), 0);
  const { rows } = await pool.query(
    `update campaigns.participations
        set status = 'SHARED', shared_at = now(), mastery_rate = $2, validated_skills_count = $3, tested_skills_count = $4, pix_score = $3, results = $5
      where id = $1 and status = 'TO_SHARE' returning id, status`,
    [input.participationId, tested ? (validated / tested).toFixed(4) : null, validated, tested, JSON.stringify({ competences: elements.rows })],
  );
  return rows[0];
}

/**
 * The CSV export as ours reads it: one sorted statement behind a server-side cursor (plain SQL
 * DECLARE / FETCH), 1,000 rows a fetch, each row joined with ';', streamed with back-pressure.
 */
async function exportCsv(pool: pg.Pool, campaignId: string, res: ServerResponse): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin read only');
    await client.query(
      `declare export_rows no scroll cursor for
       select pa.id, p.last_name, p.first_name, pa.participant_external_id, pa.status, pa.started_at, pa.shared_at,
              case when pa.status = 'SHARED' then pa.mastery_rate end as mastery_rate,
              case when pa.status = 'SHARED' then pa.pix_score end as pix_score,
              case when pa.status = 'SHARED' then pa.results end as results
         from campaigns.participations pa join campaigns.participants p on p.id = pa.participant_id
        where pa.campaign_id = $1 and pa.is_improved = false and pa.deleted_at is null
        order by p.last_name collate "fr-x-icu", p.first_name collate "fr-x-icu", pa.id`,
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
  id: string;
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
