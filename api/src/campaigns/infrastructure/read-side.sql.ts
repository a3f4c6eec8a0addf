import { personResultsCte } from './person-results.sql.js';
import { levelField as level, masteryField as mastery, snapshotCompetences } from './results-snapshot.sql.js';

/**
 * The statements of the kept read side (migration Migration20261201190000_campaigns_read_side):
 * every figure is a sum over "the person's result in this campaign" (person-results.sql.ts), the
 * one definition the rebuild and the incremental updates share, so the two cannot drift apart.
 * A person's contribution is withdrawn before a change of their participations and added back
 * after it, in the change's transaction (read-side.repository.ts).
 */

const competenceId = mastery('competenceId');

/** What one person (or, grouped, many) adds to a campaign's counts: `n` is 1 or -1 a person. */
function countColumns(n: string): string {
  return `${n} * count(*),
    ${n} * count(*) filter (where p.shared_id is null and p.status = 'STARTED'),
    ${n} * count(*) filter (where p.shared_id is null and p.status = 'TO_SHARE'),
    ${n} * count(*) filter (where p.shared_id is not null),
    ${n} * count(*) filter (where p.status = 'STARTED'),
    ${n} * count(*) filter (where p.status = 'TO_SHARE'),
    ${n} * count(*) filter (where p.status = 'SHARED'),
    ${n} * count(*) filter (where p.shared_id is not null and p.is_certifiable),
    ${n} * count(*) filter (where p.shared_id is not null and not p.is_certifiable)`;
}

const COUNT_TARGET = `campaigns.campaign_counts as k (campaign_id, participants, started, to_share, shared, current_started, current_to_share, current_shared, certifiable, not_certifiable)`;
const COUNT_FIELDS = ['participants', 'started', 'to_share', 'shared', 'current_started', 'current_to_share', 'current_shared', 'certifiable', 'not_certifiable'];

function competenceColumns(n: string): string {
  return `${n} * count(*) filter (where ${mastery('masteryRate')} is not null),
    ${n} * coalesce(sum((${mastery('masteryRate')})::numeric), 0),
    ${n} * coalesce(sum((${mastery('validatedSkillsCount')})::numeric), 0),
    coalesce(max((${mastery('totalSkillsCount')})::int), 0),
    ${n} * count(*) filter (where ${level('level')} is not null),
    ${n} * coalesce(sum((${level('level')})::numeric), 0),
    ${n} * coalesce(sum((${level('pixScore')})::numeric) filter (where ${level('level')} is not null), 0)`;
}

const COMPETENCE_TARGET = `campaigns.campaign_competence_results as k (campaign_id, competence_id, mastery_people, mastery_rate_sum, validated_skills_sum, total_skills_count, level_people, level_sum, pix_score_sum)`;
const COMPETENCE_SUMS = ['mastery_people', 'mastery_rate_sum', 'validated_skills_sum', 'level_people', 'level_sum', 'pix_score_sum'];

const added = (fields: string[]) => fields.map((field) => `${field} = k.${field} + excluded.${field}`).join(', ');

/**
 * Adds (1) or withdraws (-1) one person's contribution to their campaign's aggregates; with 1 it
 * also points their current participation at their result. Placeholders: campaign id,
 * participant id. One statement.
 */
export function personContributionSql(sign: 1 | -1): string {
  const pointer = sign === 1
    ? `, pointed as (
        update campaigns.participations cur set shared_participation_id = p.shared_id, shared_is_certifiable = case when p.shared_id is null then null else p.is_certifiable end
          from person_results p
         where cur.id = p.id and (cur.shared_participation_id is distinct from p.shared_id or cur.shared_is_certifiable is distinct from (case when p.shared_id is null then null else p.is_certifiable end))
      )`
    : '';
  return `with ${personResultsCte('cur.campaign_id = ? and cur.participant_id = ?')},
    counted as (
      insert into ${COUNT_TARGET}
      select p.campaign_id, ${countColumns(String(sign))} from person_results p group by p.campaign_id
      on conflict (campaign_id) do update set ${added(COUNT_FIELDS)}
    ),
    summed as (
      insert into ${COMPETENCE_TARGET}
      select p.campaign_id, ${competenceId}, ${competenceColumns(String(sign))}
        from person_results p, ${snapshotCompetences('p')} c
       where p.shared_id is not null
       group by p.campaign_id, ${competenceId}
      on conflict (campaign_id, competence_id) do update set ${added(COMPETENCE_SUMS)}, total_skills_count = greatest(k.total_skills_count, excluded.total_skills_count)
    ),
    rated as (
      insert into campaigns.campaign_mastery_rates as k (campaign_id, mastery_rate, people)
      select p.campaign_id, p.mastery_rate, ${sign} from person_results p where p.shared_id is not null and p.mastery_rate is not null
      on conflict (campaign_id, mastery_rate) do update set people = k.people + excluded.people
    )${pointer}
    select 1`;
}

/** Serialises the changes of one person (their participations in every campaign of the organisation). */
export const LOCK_PERSON_SQL = 'select 1 from campaigns.participants where id = ? for update';

/** A deleted campaign's participations are anonymised: nothing of it is counted any more. */
export const FORGET_CAMPAIGN_SQL = [
  'delete from campaigns.campaign_counts where campaign_id = ?',
  'delete from campaigns.campaign_competence_results where campaign_id = ?',
  'delete from campaigns.campaign_mastery_rates where campaign_id = ?',
];

/**
 * Recomputes everything kept from the participations and participants (the rebuild command, the
 * scale generator after its bulk load, and the consistency tests): the copied names and result
 * pointers of the current participations, then every aggregate. In the caller's transaction.
 * "The person's result" is worked out once, into a temporary table (one index probe a person),
 * and every figure is summed from it: at 1,000,000 participations each lateral pass costs minutes.
 */
export const REBUILD_SQL = [
  `create temporary table rebuilt_person_results on commit drop as
   with ${personResultsCte('true')}
   select id, campaign_id, participant_id, status, shared_id, mastery_rate, is_certifiable from person_results`,
  'analyze rebuilt_person_results',
  // One pass over the current participations for names and pointers (each row written at most once).
  `update campaigns.participations cur
      set last_name = pa.last_name, first_name = pa.first_name,
          shared_participation_id = p.shared_id, shared_is_certifiable = case when p.shared_id is null then null else p.is_certifiable end
     from rebuilt_person_results p join campaigns.participants pa on pa.id = p.participant_id
    where cur.id = p.id
      and (cur.last_name is distinct from pa.last_name or cur.first_name is distinct from pa.first_name
           or cur.shared_participation_id is distinct from p.shared_id
           or cur.shared_is_certifiable is distinct from (case when p.shared_id is null then null else p.is_certifiable end))`,
  `update campaigns.participations set shared_participation_id = null, shared_is_certifiable = null
    where (is_improved or deleted_at is not null) and (shared_participation_id is not null or shared_is_certifiable is not null)`,
  'truncate campaigns.campaign_counts, campaigns.campaign_competence_results, campaigns.campaign_mastery_rates, campaigns.organization_participant_counts',
  `insert into ${COUNT_TARGET}
   select p.campaign_id, ${countColumns('1')} from rebuilt_person_results p group by p.campaign_id`,
  `insert into ${COMPETENCE_TARGET}
   select p.campaign_id, ${competenceId}, ${competenceColumns('1')}
     from rebuilt_person_results p join campaigns.participations s on s.id = p.shared_id, ${snapshotCompetences('s')} c
    group by p.campaign_id, ${competenceId}`,
  `insert into campaigns.campaign_mastery_rates (campaign_id, mastery_rate, people)
   select p.campaign_id, p.mastery_rate, count(*) from rebuilt_person_results p where p.shared_id is not null and p.mastery_rate is not null group by 1, 2`,
  `insert into campaigns.organization_participant_counts (organization_id, participants)
   select organization_id, count(*) from campaigns.participants group by organization_id`,
];
