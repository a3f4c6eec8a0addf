import { randomBytes, randomUUID } from 'node:crypto';
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
