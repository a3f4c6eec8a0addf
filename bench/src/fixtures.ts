import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type pg from 'pg';
import type { BenchDataset } from './dataset.js';

/** Every row the bench writes is marked so: a crashed run's leftovers are removed by the next one. */
const BENCH_EMAIL_DOMAIN = '@bench.invalid';
const BENCH_ORGANIZATION_PREFIX = 'Bench orga-spe ';
const TOKEN_TTL_SECONDS = 4 * 3600;

export interface Participant {
  userId: string;
  token: string;
}

export interface WriteFixture {
  /** A campaign of the bench's own organisation, so that writes never touch the dataset's campaigns. */
  campaign: { id: string; code: string; organizationId: string };
  /** A few skills of its profile with their competences, for the engine's report. */
  skills: { skillId: string; competenceId: string }[];
}

export interface PartnerFixture {
  networkId: string;
  networkCode: string;
  /** A bearer token from POST /oauth/token (scope results:read). */
  token: string;
  sharedResults: number;
  /** Our cursor 100 rows from the end of the feed, and the floor's. */
  lastPageCursor: string;
  floorLastPage: string;
}

const BENCH_PARTNER_NAME = 'Bench orga-spe partner';

/**
 * Accounts and sessions written straight into the database, and access tokens signed with the
 * server's AUTH_SECRET: the server checks them exactly as after a login (signature, live session,
 * user), without paying argon2 thousands of times before the measure.
 */
export class Fixtures {
  private readonly key: Uint8Array;

  constructor(
    private readonly pool: pg.Pool,
    authSecret: string,
  ) {
    this.key = new TextEncoder().encode(authSecret);
  }

  /** A token for an existing person (the dataset's admin). */
  async tokenFor(userId: string): Promise<string> {
    const sessionId = randomUUID();
    await this.pool.query(
      `insert into organizations.sessions (id, user_id, refresh_token_hash, created_at, expires_at, user_agent)
       values ($1, $2, $3, now(), now() + interval '1 day', 'orga-spe bench')`,
      [sessionId, userId, randomBytes(32).toString('hex')],
    );
    return this.sign(userId, sessionId);
  }

  /** `count` fresh accounts (terms accepted, no participation), each with a session and a token. */
  async participants(count: number): Promise<Participant[]> {
    const batch = randomBytes(4).toString('hex');
    const { rows } = await this.pool.query<{ user_id: string; session_id: string }>(
      `with users as (
         insert into organizations.users (id, email, first_name, last_name, password_hash, terms_accepted_at, created_at)
         select gen_random_uuid(), 'bench-' || $1 || '-' || n || '${BENCH_EMAIL_DOMAIN}', 'Bench', 'Participant ' || n, 'not-a-hash', now(), now()
           from generate_series(1, $2::int) n
         returning id
       )
       insert into organizations.sessions (id, user_id, refresh_token_hash, created_at, expires_at, user_agent)
       select gen_random_uuid(), id, md5(random()::text) || md5(random()::text), now(), now() + interval '1 day', 'orga-spe bench' from users
       returning user_id, id as session_id`,
      [batch, count],
    );
    return Promise.all(rows.map(async (row) => ({ userId: row.user_id, token: await this.sign(row.user_id, row.session_id) })));
  }

  /** The bench's organisation and its joinable campaign on the big campaign's profile. */
  async writeFixture(dataset: BenchDataset): Promise<WriteFixture> {
    const organizationId = randomUUID();
    const code = `BNCH${randomBytes(8).toString('hex').replace(/[^0-9]/g, '').padEnd(5, '7').slice(0, 5)}`;
    await this.pool.query(
      `insert into organizations.organizations (id, name, type, created_at) values ($1, $2, 'OTHER', now())`,
      [organizationId, `${BENCH_ORGANIZATION_PREFIX}${code}`],
    );
    const { rows } = await this.pool.query<{ id: string }>(
      `insert into campaigns.campaigns (id, organization_id, type, name, code, title, target_profile_id, owner_id, creator_id, created_at, updated_at)
       values (gen_random_uuid(), $1, 'ASSESSMENT', 'Bench writes', $2, 'Bench', $3, $4, $4, now(), now()) returning id`,
      [organizationId, code, dataset.bigCampaign.targetProfileId, dataset.adminUserId],
    );
    const skills = await this.pool.query<{ skill_id: string; competence_id: string }>(
      `select tps.skill_id, s.competence_id from certification.target_profile_skills tps join certification.skills s on s.id = tps.skill_id
        where tps.target_profile_id = $1 order by s.competence_id, tps.skill_id limit 12`,
      [dataset.bigCampaign.targetProfileId],
    );
    return {
      campaign: { id: rows[0]!.id, code, organizationId },
      skills: skills.rows.map((row) => ({ skillId: row.skill_id, competenceId: row.competence_id })),
    };
  }

  /**
   * A partner client of the big organisation's network (written here with a known secret: support
   * would hand one out), its token from the server's real token endpoint, and the feed's last page.
   */
  async partnerFixture(dataset: BenchDataset, serverUrl: string): Promise<PartnerFixture> {
    const { rows: [network] } = await this.pool.query<{ id: string; code: string }>(
      'select n.id, n.code from organizations.organizations o join organizations.networks n on n.id = o.network_id where o.id = $1',
      [dataset.bigOrganization.id],
    );
    if (!network) throw new Error('the big organisation belongs to no network: the partner feed has nothing to read');
    const clientId = `osp_bench_${randomBytes(6).toString('hex')}`;
    const secret = `osps_${randomBytes(32).toString('base64url')}`;
    const { rows: [client] } = await this.pool.query<{ id: string }>(
      `insert into partners.clients (id, client_id, name, network_id, scopes, expires_at, created_at) values (gen_random_uuid(), $1, $2, $3, '{results:read}', now() + interval '1 day', now()) returning id`,
      [clientId, BENCH_PARTNER_NAME, network.id],
    );
    await this.pool.query('insert into partners.client_secrets (id, partner_client_id, secret_hash, created_at) values (gen_random_uuid(), $1, $2, now())', [client!.id, createHash('sha256').update(secret).digest('hex')]);
    const response = await fetch(`${serverUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    const answer = (await response.json()) as { access_token?: string };
    if (!answer.access_token) throw new Error(`no partner token: ${JSON.stringify(answer)}`);
    // The feed's order: the sharing transaction's id, then the participation's (the last 100 start after this row).
    const { rows: [edge] } = await this.pool.query<{ xid: string; id: string; total: string }>(
      `with feed as (
         select coalesce(p.shared_xid, '0'::xid8) as shared_xid, p.id from campaigns.participations p join campaigns.campaigns c on c.id = p.campaign_id
          where p.status = 'SHARED' and p.deleted_at is null and c.organization_id in (select id from organizations.organizations where network_id = $1)
       )
       select (select shared_xid::text from feed order by shared_xid desc, id desc offset 100 limit 1) as xid,
              (select id from feed order by shared_xid desc, id desc offset 100 limit 1) as id,
              (select count(*) from feed) as total`,
      [network.id],
    );
    return {
      networkId: network.id,
      networkCode: network.code,
      token: answer.access_token,
      sharedResults: Number(edge!.total),
      lastPageCursor: Buffer.from(`k1:${JSON.stringify(['sharedResults', edge!.xid, edge!.id])}`).toString('base64url'),
      floorLastPage: `${edge!.xid},${edge!.id}`,
    };
  }

  /**
   * Removes whatever any bench run wrote: its organisations, their campaigns, participations and
   * kept aggregates, its accounts and sessions (the dataset's own aggregates are never touched).
   */
  async cleanUp(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query(`create temporary table bench_campaigns on commit drop as
        select c.id from campaigns.campaigns c join organizations.organizations o on o.id = c.organization_id where o.name like '${BENCH_ORGANIZATION_PREFIX}%'`);
      await client.query(`create temporary table bench_participations on commit drop as
        select id, participant_id, user_id from campaigns.participations where campaign_id in (select id from bench_campaigns)`);
      // By person: knowledge elements are indexed by user_id only (44 million rows at scale).
      await client.query(`delete from certification.knowledge_elements
        where user_id in (select user_id from bench_participations where user_id is not null) and participation_id in (select id from bench_participations)`);
      await client.query('delete from campaigns.participations where id in (select id from bench_participations)');
      // The campaigns read side the writes kept (ours through the API, the floor by hand; PostGraphile's CRUD does not).
      for (const table of ['campaign_counts', 'campaign_competence_results', 'campaign_mastery_rates']) {
        await client.query(`delete from campaigns.${table} where campaign_id in (select id from bench_campaigns)`);
      }
      await client.query(`delete from campaigns.organization_participant_counts where organization_id in (select id from organizations.organizations where name like '${BENCH_ORGANIZATION_PREFIX}%')`);
      await client.query(`delete from campaigns.participants where organization_id in (select id from organizations.organizations where name like '${BENCH_ORGANIZATION_PREFIX}%')`);
      await client.query('delete from campaigns.campaigns where id in (select id from bench_campaigns)');
      await client.query(`delete from organizations.organizations where name like '${BENCH_ORGANIZATION_PREFIX}%'`);
      await client.query(`delete from organizations.sessions where user_agent = 'orga-spe bench'`);
      // The bench's partner clients (the tables exist once the partners migration ran).
      await client.query(`do $$ begin
        if to_regclass('partners.clients') is not null then
          delete from partners.client_secrets where partner_client_id in (select id from partners.clients where name = '${BENCH_PARTNER_NAME}');
          delete from partners.client_budget where key like 'points:%' and substr(key, 8)::uuid in (select id from partners.clients where name = '${BENCH_PARTNER_NAME}');
          delete from partners.client_audit where partner_client_id in (select id from partners.clients where name = '${BENCH_PARTNER_NAME}');
          delete from partners.clients where name = '${BENCH_PARTNER_NAME}';
          delete from partners.events where organization_id in (select id from organizations.organizations where name like '${BENCH_ORGANIZATION_PREFIX}%');
        end if; end $$`);
      await client.query(`delete from organizations.users where email like '%${BENCH_EMAIL_DOMAIN}'`);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  private async sign(userId: string, sessionId: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer('orga-spe')
      .setAudience('orga-spe')
      .setIssuedAt(now)
      .setExpirationTime(now + TOKEN_TTL_SECONDS)
      .sign(this.key);
  }
}
