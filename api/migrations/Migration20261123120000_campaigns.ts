import { Migration } from '@mikro-orm/migrations';

/**
 * Campaigns, the organisation's participants (names copied at first participation) and
 * participations with their result snapshot. Ids of other contexts (organisation, users, target
 * profile) carry no foreign key: each context owns its schema and may live in its own database.
 */
export class Migration20261123120000_campaigns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "campaigns"."campaign_type" as enum ('ASSESSMENT', 'PROFILES_COLLECTION');`);
    this.addSql(`create type "campaigns"."external_id_type" as enum ('STRING', 'EMAIL');`);
    this.addSql(`create type "campaigns"."participation_status" as enum ('STARTED', 'TO_SHARE', 'SHARED');`);

    this.addSql(`create table "campaigns"."campaigns" (
      "id" uuid not null,
      "organization_id" uuid not null,
      "type" "campaigns"."campaign_type" not null,
      "name" varchar(255) not null,
      "code" varchar(9) not null,
      "title" varchar(50) null,
      "welcome_text" varchar(5000) null,
      "external_id_label" varchar(255) null,
      "external_id_type" "campaigns"."external_id_type" null,
      "multiple_sendings" boolean not null default false,
      "target_profile_id" uuid null,
      "owner_id" uuid not null,
      "creator_id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "archived_at" timestamptz null,
      "archived_by_id" uuid null,
      "deleted_at" timestamptz null,
      "deleted_by_id" uuid null,
      constraint "campaigns_pkey" primary key ("id")
    );`);
    this.addSql(`alter table "campaigns"."campaigns" add constraint "campaigns_code_unique" unique ("code");`);
    this.addSql(`create index "campaigns_organization_id_created_at_index" on "campaigns"."campaigns" ("organization_id", "created_at");`);

    this.addSql(`create table "campaigns"."participants" (
      "id" uuid not null,
      "organization_id" uuid not null,
      "user_id" uuid not null,
      "first_name" varchar(255) not null,
      "last_name" varchar(255) not null,
      "created_at" timestamptz not null,
      constraint "participants_pkey" primary key ("id")
    );`);
    this.addSql(`alter table "campaigns"."participants" add constraint "participants_organization_id_user_id_unique" unique ("organization_id", "user_id");`);

    this.addSql(`create table "campaigns"."participations" (
      "id" uuid not null,
      "campaign_id" uuid not null,
      "participant_id" uuid null,
      "user_id" uuid null,
      "participant_external_id" varchar(255) null,
      "status" "campaigns"."participation_status" not null,
      "is_improved" boolean not null default false,
      "started_at" timestamptz not null,
      "finished_at" timestamptz null,
      "shared_at" timestamptz null,
      "deleted_at" timestamptz null,
      "mastery_rate" numeric(5,4) null,
      "validated_skills_count" int null,
      "tested_skills_count" int null,
      "pix_score" int null,
      "is_certifiable" boolean null,
      "results" jsonb null,
      constraint "participations_pkey" primary key ("id")
    );`);
    this.addSql(`create index "participations_campaign_id_status_index" on "campaigns"."participations" ("campaign_id", "status");`);
    this.addSql(`create index "participations_participant_id_index" on "campaigns"."participations" ("participant_id");`);
    // One current participation per person and campaign: a retry or a new sending first marks the
    // previous one as improved. This index is what makes 50 simultaneous starts create one.
    this.addSql(`create unique index "participations_current_unique" on "campaigns"."participations" ("campaign_id", "user_id") where "is_improved" = false and "deleted_at" is null;`);
    this.addSql(`alter table "campaigns"."participations" add constraint "participations_campaign_id_foreign" foreign key ("campaign_id") references "campaigns"."campaigns" ("id") on update cascade;`);
    this.addSql(`alter table "campaigns"."participations" add constraint "participations_participant_id_foreign" foreign key ("participant_id") references "campaigns"."participants" ("id") on update cascade;`);
  }
}
