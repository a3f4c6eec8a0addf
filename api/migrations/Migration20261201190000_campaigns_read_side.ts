import { Migration } from '@mikro-orm/migrations';

const CURRENT = `"is_improved" = false and "deleted_at" is null`;
const NAME = `"last_name" collate "campaigns"."french", "first_name" collate "campaigns"."french", "id"`;

/**
 * The read side of a campaign, so that no screen's cost grows with the campaign (issue 15;
 * campaigns README, "The read side"):
 * - the current participation (one a person and campaign) carries the person's name, copied from
 *   `participants` when it is created (names are fixed at first participation), and a pointer to
 *   the person's result (their latest shared participation) with its certifiability: the
 *   participants page and the export read one index in order, for every filter, and never join
 *   to sort;
 * - per campaign, kept aggregates over each person's result, updated in the transaction of every
 *   change (start, finish, share, retry, delete): counts of people by state, per competence sums,
 *   and people per global mastery rate (result bands, statistics);
 * - per organisation, the number of its participants (the "Participants" tab's total).
 * `npm run read-side:rebuild -w @orga-spe/api` recomputes the copies and aggregates from the
 * participations; this migration fills them once the same way (a copy of the statements of
 * read-side.sql.ts, frozen as they ran: the application's may change with later migrations).
 */
export class Migration20261201190000_campaigns_read_side extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create extension if not exists btree_gin;`);

    this.addSql(`alter table "campaigns"."participations"
      add column "last_name" varchar(255) null,
      add column "first_name" varchar(255) null,
      add column "shared_participation_id" uuid null,
      add column "shared_is_certifiable" boolean null;`);

    this.addSql(`create index "participations_current_name_index" on "campaigns"."participations" ("campaign_id", ${NAME}) where ${CURRENT};`);
    this.addSql(`create index "participations_current_status_name_index" on "campaigns"."participations" ("campaign_id", "status", ${NAME}) where ${CURRENT};`);
    this.addSql(`create index "participations_current_certifiable_name_index" on "campaigns"."participations" ("campaign_id", "shared_is_certifiable", ${NAME}) where ${CURRENT} and "shared_is_certifiable" is not null;`);
    this.addSql(`create index "participations_current_started_at_index" on "campaigns"."participations" ("campaign_id", "started_at" desc, "id") where ${CURRENT};`);
    this.addSql(`create index "participations_current_search_index" on "campaigns"."participations" using gin ("campaign_id", (lower(coalesce("last_name", '') || ' ' || coalesce("first_name", '') || ' ' || coalesce("participant_external_id", ''))) gin_trgm_ops) where ${CURRENT};`);
    // The person's shared sendings, newest first: what the result pointer is recomputed from.
    this.addSql(`create index "participations_shared_of_person_index" on "campaigns"."participations" ("participant_id", "campaign_id", "shared_at" desc, "id") where "status" = 'SHARED' and "deleted_at" is null;`);

    this.addSql(`create index "participants_organization_name_index" on "campaigns"."participants" ("organization_id", ${NAME});`);
    this.addSql(`create index "participants_search_index" on "campaigns"."participants" using gin ("organization_id", (lower("last_name" || ' ' || "first_name")) gin_trgm_ops);`);

    this.addSql(`create table "campaigns"."campaign_counts" (
      "campaign_id" uuid not null,
      "participants" int not null default 0,
      "started" int not null default 0,
      "to_share" int not null default 0,
      "shared" int not null default 0,
      "current_started" int not null default 0,
      "current_to_share" int not null default 0,
      "current_shared" int not null default 0,
      "certifiable" int not null default 0,
      "not_certifiable" int not null default 0,
      constraint "campaign_counts_pkey" primary key ("campaign_id")
    );`);
    this.addSql(`create table "campaigns"."campaign_competence_results" (
      "campaign_id" uuid not null,
      "competence_id" varchar(255) not null,
      "mastery_people" int not null default 0,
      "mastery_rate_sum" numeric(16,4) not null default 0,
      "validated_skills_sum" numeric(16,4) not null default 0,
      "total_skills_count" int not null default 0,
      "level_people" int not null default 0,
      "level_sum" numeric(16,4) not null default 0,
      "pix_score_sum" numeric(16,4) not null default 0,
      constraint "campaign_competence_results_pkey" primary key ("campaign_id", "competence_id")
    );`);
    this.addSql(`create table "campaigns"."campaign_mastery_rates" (
      "campaign_id" uuid not null,
      "mastery_rate" numeric(5,4) not null,
      "people" int not null default 0,
      constraint "campaign_mastery_rates_pkey" primary key ("campaign_id", "mastery_rate")
    );`);
    this.addSql(`create table "campaigns"."organization_participant_counts" (
      "organization_id" uuid not null,
      "participants" int not null default 0,
      constraint "organization_participant_counts_pkey" primary key ("organization_id")
    );`);

    // Filled from what is there, as the rebuild does (copied as it ran, not imported).
    this.addSql(`update campaigns.participations cur set last_name = pa.last_name, first_name = pa.first_name
     from campaigns.participants pa
    where pa.id = cur.participant_id and cur.is_improved = false and cur.deleted_at is null
      and (cur.last_name is distinct from pa.last_name or cur.first_name is distinct from pa.first_name)`);
    this.addSql(`with person_results as (
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
     where cur.is_improved = false and cur.deleted_at is null and (true)
  )
   update campaigns.participations cur set shared_participation_id = p.shared_id, shared_is_certifiable = case when p.shared_id is null then null else p.is_certifiable end
     from person_results p
    where cur.id = p.id and (cur.shared_participation_id is distinct from p.shared_id or cur.shared_is_certifiable is distinct from (case when p.shared_id is null then null else p.is_certifiable end))`);
    this.addSql(`with person_results as (
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
     where cur.is_improved = false and cur.deleted_at is null and (true)
  )
   insert into campaigns.campaign_counts as k (campaign_id, participants, started, to_share, shared, current_started, current_to_share, current_shared, certifiable, not_certifiable)
   select p.campaign_id, 1 * count(*),
    1 * count(*) filter (where p.shared_id is null and p.status = 'STARTED'),
    1 * count(*) filter (where p.shared_id is null and p.status = 'TO_SHARE'),
    1 * count(*) filter (where p.shared_id is not null),
    1 * count(*) filter (where p.status = 'STARTED'),
    1 * count(*) filter (where p.status = 'TO_SHARE'),
    1 * count(*) filter (where p.status = 'SHARED'),
    1 * count(*) filter (where p.shared_id is not null and p.is_certifiable),
    1 * count(*) filter (where p.shared_id is not null and not p.is_certifiable) from person_results p group by p.campaign_id`);
    this.addSql(`with person_results as (
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
     where cur.is_improved = false and cur.deleted_at is null and (true)
  )
   insert into campaigns.campaign_competence_results as k (campaign_id, competence_id, mastery_people, mastery_rate_sum, validated_skills_sum, total_skills_count, level_people, level_sum, pix_score_sum)
   select p.campaign_id, c->>'competenceId', 1 * count(*) filter (where c->>'masteryRate' is not null),
    1 * coalesce(sum((c->>'masteryRate')::numeric), 0),
    1 * coalesce(sum((c->>'validatedSkillsCount')::numeric), 0),
    coalesce(max((c->>'totalSkillsCount')::int), 0),
    1 * count(*) filter (where c->>'level' is not null),
    1 * coalesce(sum((c->>'level')::numeric), 0),
    1 * coalesce(sum((c->>'pixScore')::numeric) filter (where c->>'level' is not null), 0)
     from person_results p, jsonb_array_elements(p.results->'competences') c
    where p.shared_id is not null
    group by p.campaign_id, c->>'competenceId'`);
    this.addSql(`with person_results as (
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
     where cur.is_improved = false and cur.deleted_at is null and (true)
  )
   insert into campaigns.campaign_mastery_rates (campaign_id, mastery_rate, people)
   select p.campaign_id, p.mastery_rate, count(*) from person_results p where p.shared_id is not null and p.mastery_rate is not null group by 1, 2`);
    this.addSql(`insert into campaigns.organization_participant_counts (organization_id, participants)
   select organization_id, count(*) from campaigns.participants group by organization_id`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaigns"."organization_participant_counts";`);
    this.addSql(`drop table if exists "campaigns"."campaign_mastery_rates";`);
    this.addSql(`drop table if exists "campaigns"."campaign_competence_results";`);
    this.addSql(`drop table if exists "campaigns"."campaign_counts";`);
    this.addSql(`drop index if exists "campaigns"."participants_search_index";`);
    this.addSql(`drop index if exists "campaigns"."participants_organization_name_index";`);
    this.addSql(`alter table "campaigns"."participations" drop column "last_name", drop column "first_name", drop column "shared_participation_id", drop column "shared_is_certifiable";`);
  }
}
