import type { EntityManager } from '@mikro-orm/postgresql';
import { type KeysetPage, type KeysetPageRequest, keysetPage } from '../../shared/pagination.js';
import { ParticipationNotFoundError } from '../domain/errors.js';
import type { Participation } from '../domain/models/participation.js';
import type * as Ports from '../domain/repositories.js';
import type { ListedParticipation, ParticipantSummary, ParticipationListFilter, ParticipationOrder, StatisticsCounts } from '../domain/repositories.js';
import { type ResultsSnapshot, storedResultsSnapshot } from '../domain/models/results-snapshot.js';
import { ParticipantEntity } from './participant.entity.js';
import { ParticipationEntity } from './participation.entity.js';
import { participationCursor, type ParticipationKeyRow, participationPageStatement, participationTotalStatement } from './participation-page.sql.js';
import { participantPageStatement, participantCursor, participantTotalStatement } from './participant-page.sql.js';
import { UUID_ARRAY } from '../../shared/database/array-parameters.js';

export class ParticipationRepository implements Ports.ParticipationRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<Participation> {
    const [participation] = await this.select('id = ?', [id]);
    if (!participation) throw new ParticipationNotFoundError();
    return participation;
  }

  /** The person's current participation in the campaign (not replaced by a retry). */
  async findCurrent(campaignId: string, userId: string): Promise<Participation | null> {
    const [participation] = await this.select('campaign_id = ? and user_id = ? and is_improved = false', [campaignId, userId]);
    return participation ?? null;
  }

  /**
   * The person's latest shared participation in the campaign: their result as the organisation
   * reads it (the current one once shared, an earlier sending while "Je retente" runs).
   */
  async findLatestShared(campaignId: string, userId: string): Promise<Participation | null> {
    const [participation] = await this.select(`campaign_id = ? and user_id = ? and status = 'SHARED'`, [campaignId, userId], 'shared_at desc, id limit 1');
    return participation ?? null;
  }

  /** The current participations of several people at once (support's user detail; one statement). */
  async findCurrentOfUsers(userIds: readonly string[]): Promise<Participation[]> {
    return userIds.length === 0 ? [] : this.select('user_id in (?) and is_improved = false', [[...userIds]], 'started_at desc, id');
  }

  async findCurrentOfUser(userId: string): Promise<Participation[]> {
    return this.select('user_id = ? and is_improved = false', [userId], 'started_at desc, id');
  }

  /**
   * Plain rows under the model's names, not managed entities: the participant's writes (start,
   * engine report, share) read their participation first, and MikroORM's hydration (identity map,
   * change-set snapshot) cost more than the statement. Writes go through SQL with `returning`.
   */
  private async select(condition: string, params: unknown[], orderBy?: string): Promise<Participation[]> {
    const rows = await this.em.execute<Participation[]>(
      `select ${PARTICIPATION_COLUMNS} from campaigns.participations where ${condition} and deleted_at is null${orderBy ? ` order by ${orderBy}` : ''}`,
      params,
    );
    return rows.map(toParticipation);
  }

  /** The organisation's record of the person, created with their name at first participation. */
  async findOrCreateParticipant(organizationId: string, user: { id: string; firstName: string; lastName: string }, now: Date): Promise<string> {
    // A new person also counts in the organisation's kept total (one statement either way).
    const [row] = await this.em.execute<{ id: string }[]>(
      `with upserted as (
         insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
         values (gen_random_uuid(), ?, ?, ?, ?, ?)
         on conflict (organization_id, user_id) do update set organization_id = excluded.organization_id
         returning id, organization_id, (xmax = 0) as inserted
       ), counted as (
         insert into campaigns.organization_participant_counts as k (organization_id, participants)
         select organization_id, 1 from upserted where inserted
         on conflict (organization_id) do update set participants = k.participants + 1
       )
       select id from upserted`,
      [organizationId, user.id, user.firstName, user.lastName, now],
    );
    return row!.id;
  }

  /** Null when the person already has a current participation (the unique index decides). */
  async createUnlessCurrentExists(
    data: { campaignId: string; participantId: string; userId: string; participantExternalId: string | null },
    now: Date,
  ): Promise<Participation | null> {
    const rows = await this.em.execute<Participation[]>(
      `insert into campaigns.participations (id, campaign_id, participant_id, user_id, participant_external_id, status, is_improved, started_at, last_name, first_name)
       select gen_random_uuid(), ?, pa.id, ?, ?, 'STARTED', false, ?, pa.last_name, pa.first_name from campaigns.participants pa where pa.id = ?
       on conflict (campaign_id, user_id) where is_improved = false and deleted_at is null do nothing
       ${RETURNING_PARTICIPATION}`,
      [data.campaignId, data.userId, data.participantExternalId, now, data.participantId],
    );
    return rows[0] ? toParticipation(rows[0]) : null;
  }

  async markAsImproved(id: string): Promise<void> {
    // Only the current participation points at the person's result (read-side.sql.ts).
    await this.em.nativeUpdate(ParticipationEntity, { id }, { isImproved: true, resultParticipationId: null, resultIsCertifiable: null });
  }

  /** STARTED → TO_SHARE, once: the engine reports the test finished. The participation as it now is, or null (not running). */
  async markAsFinished(id: string, now: Date): Promise<Participation | null> {
    const [row] = await this.em.execute<Participation[]>(
      `update campaigns.participations set status = 'TO_SHARE', finished_at = ? where id = ? and status = 'STARTED' ${RETURNING_PARTICIPATION}`,
      [now, id],
    );
    return row ? toParticipation(row) : null;
  }

  /** TO_SHARE → SHARED with the frozen results, once (of concurrent shares one wins): the participation as it now is, or null. */
  async markAsShared(id: string, snapshot: ResultsSnapshot, now: Date): Promise<Participation | null> {
    const stored = storedResultsSnapshot(snapshot);
    const [row] = await this.em.execute<Participation[]>(
      `update campaigns.participations
          set status = 'SHARED', shared_at = ?, mastery_rate = ?, validated_skills_count = ?, tested_skills_count = ?, pix_score = ?, is_certifiable = ?, results = ?::jsonb
        where id = ? and status = 'TO_SHARE' ${RETURNING_PARTICIPATION}`,
      [now, stored.masteryRate, stored.validatedSkillsCount, stored.testedSkillsCount, stored.pixScore, stored.isCertifiable, stored.results === null ? null : JSON.stringify(stored.results), id],
    );
    return row ? toParticipation(row) : null;
  }

  /**
   * Every sending of these people in these campaigns ("Je retente"), newest first, in one
   * statement: keys are campaign and participant ids (a participant is one organisation's person).
   */
  async findSendings(keys: readonly { campaignId: string; participantId: string }[]): Promise<Participation[]> {
    if (!keys.length) return [];
    return this.select('campaign_id in (?) and participant_id in (?)', [[...new Set(keys.map((key) => key.campaignId))], [...new Set(keys.map((key) => key.participantId))]], 'started_at desc, id');
  }

  async anonymiseAllOfCampaign(campaignId: string, now: Date): Promise<number> {
    return this.em.nativeUpdate(
      ParticipationEntity,
      { campaignId },
      { userId: null, participantId: null, participantExternalId: null, lastName: null, firstName: null, resultParticipationId: null, resultIsCertifiable: null, deletedAt: now },
    );
  }

  async findParticipantNames(ids: readonly string[]): Promise<Map<string, { firstName: string; lastName: string }>> {
    const participants = await this.em.find(ParticipantEntity, { id: { $in: [...ids] } });
    return new Map(participants.map((participant) => [participant.id, { firstName: participant.firstName, lastName: participant.lastName }]));
  }
}

/** A participation's columns under the model's names: what reads select and writes return. */
const PARTICIPATION_COLUMNS = `id, campaign_id as "campaignId", participant_id as "participantId", user_id as "userId",
  participant_external_id as "participantExternalId", status, is_improved as "isImproved", started_at as "startedAt",
  finished_at as "finishedAt", shared_at as "sharedAt", deleted_at as "deletedAt", mastery_rate as "masteryRate",
  validated_skills_count as "validatedSkillsCount", tested_skills_count as "testedSkillsCount", pix_score as "pixScore",
  is_certifiable as "isCertifiable", results`;

/** A write's answer: the row as it now is, so the use case need not read it again. */
const RETURNING_PARTICIPATION = `returning ${PARTICIPATION_COLUMNS}`;

/** Timestamps arrive as PostgreSQL's text (MikroORM's pg setting): the model's are dates. */
export function toParticipation<T extends Participation>(row: T): T {
  return {
    ...row,
    startedAt: new Date(row.startedAt),
    finishedAt: row.finishedAt ? new Date(row.finishedAt) : null,
    sharedAt: row.sharedAt ? new Date(row.sharedAt) : null,
    deletedAt: row.deletedAt ? new Date(row.deletedAt) : null,
  };
}

/** Reads over many participations, each in a fixed number of statements whatever the size. */
export class ParticipationReadRepository implements Ports.ParticipationReadRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * A page of a campaign's people (one row each: the current attempt beside the latest shared
   * result) with their names, read in the order of one of the read side's indexes from the
   * cursor (participation-page.sql.ts): two statements, the total kept or counted over the
   * index's matches.
   */
  async listForCampaign(campaignId: string, filter: ParticipationListFilter, order: ParticipationOrder, page: KeysetPageRequest): Promise<KeysetPage<ListedParticipation>> {
    const rows = participationPageStatement(campaignId, filter, order, page);
    const total = participationTotalStatement(campaignId, filter);
    const [found, [{ count }]] = await Promise.all([
      this.em.execute<(ListedParticipation & ParticipationKeyRow)[]>(rows.sql, rows.params),
      this.em.execute<{ count: string }[]>(total.sql, total.params),
    ]);
    const read = keysetPage(page, found, Number(count), (row) => participationCursor(order, row));
    return { ...read, items: read.items.map(withDates) };
  }

  /**
   * Per competence, the mean mastery over each person's result (their latest shared
   * participation: a person counts once even after several sendings), from the kept sums: one
   * statement, one row a competence whatever the campaign's size (read-side.sql.ts).
   */
  async collectiveCompetences(campaignId: string): Promise<{ competenceId: string; averageMasteryRate: number; participantsCount: number; averageValidatedSkillsCount: number; totalSkillsCount: number }[]> {
    const rows = await this.em.execute<{ competence_id: string; average: string; participants: number; validated: string; total: number }[]>(
      `select competence_id, mastery_rate_sum / mastery_people as average, mastery_people as participants,
              validated_skills_sum / mastery_people as validated, total_skills_count as total
         from campaigns.campaign_competence_results
        where campaign_id = ? and mastery_people > 0
        order by competence_id`,
      [campaignId],
    );
    return rows.map((row) => ({
      competenceId: row.competence_id,
      averageMasteryRate: Math.round(Number(row.average) * 100) / 100,
      participantsCount: Number(row.participants),
      averageValidatedSkillsCount: Math.round(Number(row.validated) * 10) / 10,
      totalSkillsCount: Number(row.total),
    }));
  }

  /**
   * Profiles collections: per competence, the mean level and pix over each person's latest
   * shared profile (once a person), from the kept sums. One statement.
   */
  async collectiveLevels(campaignId: string): Promise<{ competenceId: string; averageLevel: number; averagePixScore: number; participantsCount: number }[]> {
    const rows = await this.em.execute<{ competence_id: string; level: string; pix: string; participants: number }[]>(
      `select competence_id, level_sum / level_people as level, pix_score_sum / level_people as pix, level_people as participants
         from campaigns.campaign_competence_results
        where campaign_id = ? and level_people > 0
        order by competence_id`,
      [campaignId],
    );
    return rows.map((row) => ({
      competenceId: row.competence_id,
      averageLevel: Math.round(Number(row.level) * 10) / 10,
      averagePixScore: Math.round(Number(row.pix) * 10) / 10,
      participantsCount: Number(row.participants),
    }));
  }

  /** How many people's results (latest shared participations) have each global mastery rate, kept (at most 101 rows). */
  async masteryRateCounts(campaignId: string): Promise<{ masteryRate: number; count: number }[]> {
    const rows = await this.em.execute<{ mastery_rate: string; people: number }[]>(
      'select mastery_rate, people from campaigns.campaign_mastery_rates where campaign_id = ? and people > 0',
      [campaignId],
    );
    return rows.map((row) => ({ masteryRate: Number(row.mastery_rate), count: Number(row.people) }));
  }

  /**
   * The organisation's participants (as named at first participation), alphabetical: two
   * statements. `participationsCount` is the number of campaigns the person took part in (a
   * retry is the same person in the same campaign: it does not count again).
   */
  async listParticipants(organizationId: string, search: string | null, page: KeysetPageRequest): Promise<KeysetPage<ParticipantSummary>> {
    const rows = participantPageStatement(organizationId, search, page);
    const total = participantTotalStatement(organizationId, search);
    const [found, [{ count }]] = await Promise.all([
      this.em.execute<{ id: string; first_name: string; last_name: string; participations: string; last_started_at: Date | null }[]>(rows.sql, rows.params),
      this.em.execute<{ count: string }[]>(total.sql, total.params),
    ]);
    const read = keysetPage(page, found, Number(count), participantCursor);
    return {
      ...read,
      items: read.items.map((row) => ({ id: row.id, firstName: row.first_name, lastName: row.last_name, participationsCount: Number(row.participations), lastStartedAt: row.last_started_at ? new Date(row.last_started_at) : null })),
    };
  }

  /**
   * People by campaign (once each) over one organisation's campaigns or every one (null): SHARED
   * when they have a result, even while a new sending runs, else the status of their current
   * participation; and the mastery rates of their results on the banded profiles. From the kept
   * aggregates: the cost grows with the number of campaigns (at most 101 rates each), not with
   * their participants. Two statements.
   */
  /** Per structure: its campaigns' kept counts and mastery rates (network dashboards), two statements. */
  async statisticsCountsByOrganization(organizationIds: readonly string[], bandedTargetProfileIds: string[]): Promise<Map<string, StatisticsCounts>> {
    const ids = JSON.stringify(organizationIds);
    const [counts, rates] = await Promise.all([
      this.em.execute<{ organization_id: string; started: string; to_share: string; shared: string }[]>(
        `select c.organization_id, sum(k.started) as started, sum(k.to_share) as to_share, sum(k.shared) as shared
           from campaigns.campaigns c join campaigns.campaign_counts k on k.campaign_id = c.id
          where c.deleted_at is null and c.organization_id = any(${UUID_ARRAY})
          group by c.organization_id`,
        [ids],
      ),
      this.em.execute<{ organization_id: string; target_profile_id: string; mastery_rate: string; count: string }[]>(
        `select c.organization_id, c.target_profile_id, r.mastery_rate, sum(r.people) as count
           from campaigns.campaigns c join campaigns.campaign_mastery_rates r on r.campaign_id = c.id and r.people > 0
          where c.deleted_at is null and c.organization_id = any(${UUID_ARRAY}) and c.target_profile_id = any(${UUID_ARRAY})
          group by c.organization_id, c.target_profile_id, r.mastery_rate`,
        [ids, JSON.stringify(bandedTargetProfileIds)],
      ),
    ]);
    const byOrganization = new Map<string, StatisticsCounts>();
    for (const row of counts) byOrganization.set(row.organization_id, { started: Number(row.started), toShare: Number(row.to_share), shared: Number(row.shared), sharedRates: [] });
    for (const row of rates) {
      const entry = byOrganization.get(row.organization_id) ?? { started: 0, toShare: 0, shared: 0, sharedRates: [] };
      entry.sharedRates.push({ targetProfileId: row.target_profile_id, masteryRate: Number(row.mastery_rate), count: Number(row.count) });
      byOrganization.set(row.organization_id, entry);
    }
    return byOrganization;
  }

  async statisticsCounts({ organizationId, bandedTargetProfileIds }: { organizationId: string | null; bandedTargetProfileIds: string[] }): Promise<StatisticsCounts> {
    const ofOrganization = organizationId ? 'and c.organization_id = ?' : '';
    const within = organizationId ? [organizationId] : [];
    const [row] = await this.em.execute<{ started: string | null; to_share: string | null; shared: string | null }[]>(
      `select sum(k.started) as started, sum(k.to_share) as to_share, sum(k.shared) as shared
         from campaigns.campaigns c join campaigns.campaign_counts k on k.campaign_id = c.id
        where c.deleted_at is null ${ofOrganization}`,
      within,
    );
    const rates = bandedTargetProfileIds.length === 0 ? [] : await this.em.execute<{ target_profile_id: string; mastery_rate: string; count: string }[]>(
      `select c.target_profile_id, r.mastery_rate, sum(r.people) as count
         from campaigns.campaigns c join campaigns.campaign_mastery_rates r on r.campaign_id = c.id and r.people > 0
        where c.deleted_at is null ${ofOrganization} and c.target_profile_id in (?)
        group by c.target_profile_id, r.mastery_rate`,
      [...within, bandedTargetProfileIds],
    );
    return {
      started: Number(row?.started ?? 0),
      toShare: Number(row?.to_share ?? 0),
      shared: Number(row?.shared ?? 0),
      sharedRates: rates.map((rate) => ({ targetProfileId: rate.target_profile_id, masteryRate: Number(rate.mastery_rate), count: Number(rate.count) })),
    };
  }
}

function withDates({ startedAtKey: _key, ...row }: ListedParticipation & ParticipationKeyRow): ListedParticipation {
  return toParticipation({ ...row, deletedAt: null });
}
