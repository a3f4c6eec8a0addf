/**
 * "The person's result in this campaign", the one definition every count, list, statistic, band
 * and export reads (campaigns README, "One person, one result"): a person counts once per
 * campaign, through their current participation (the attempt they are on, not replaced by a
 * retry); their result is their latest SHARED participation, which may be an earlier sending
 * while a "Je retente" is in progress. One row per person and campaign:
 * - `id`, `status`, `started_at`, `finished_at`, `participant_external_id`: the current participation;
 * - `shared_id` (null until the person has shared once), `shared_at` and the frozen result
 *   columns: the latest shared participation (the current one once it is shared).
 * Only shared rows give result columns: an unshared result never leaves the database.
 *
 * `where` restricts the current participations (alias `cur`) and holds the caller's placeholders,
 * so that the scope narrows before the lateral read (one index probe per person).
 */
export function personResultsCte(where: string): string {
  return `person_results as (
    select cur.id, cur.campaign_id, cur.participant_id, cur.user_id, cur.participant_external_id, cur.status,
           cur.started_at, cur.finished_at,
           s.id as shared_id, s.shared_at, s.mastery_rate, s.validated_skills_count, s.tested_skills_count,
           s.pix_score, s.is_certifiable, s.results
      from campaigns.participations cur
      left join lateral (
        select s.id, s.shared_at, s.mastery_rate, s.validated_skills_count, s.tested_skills_count, s.pix_score, s.is_certifiable, s.results
          from campaigns.participations s
         where s.participant_id = cur.participant_id and s.campaign_id = cur.campaign_id
           and s.status = 'SHARED' and s.deleted_at is null
         order by s.shared_at desc, s.id
         limit 1
      ) s on true
     where cur.is_improved = false and cur.deleted_at is null and (${where})
  )`;
}
