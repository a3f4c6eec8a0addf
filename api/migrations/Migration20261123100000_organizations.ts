import { Migration } from '@mikro-orm/migrations';

/** Organisations, networks, memberships, invitations, creation requests and the support audit log. */
export class Migration20261123100000_organizations extends Migration {
  override async up(): Promise<void> {
    // French alphabetical order for people and structure names: case and accents compare as a
    // reader expects ("École" beside "Ecole", "de Tulle" before "Rurale").
    this.addSql(`create collation if not exists "organizations"."french" (provider = icu, locale = 'fr');`);
    this.addSql(`create type "organizations"."organization_type" as enum ('MISSION_LOCALE', 'FRANCE_TRAVAIL', 'CAP_EMPLOI', 'E2C', 'EPIDE', 'OTHER');`);
    this.addSql(`create type "organizations"."membership_role" as enum ('ADMIN', 'MEMBER');`);
    this.addSql(`create type "organizations"."invitation_status" as enum ('PENDING', 'ACCEPTED', 'CANCELLED');`);
    this.addSql(`create type "organizations"."creation_request_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`);

    this.addSql(`create table "organizations"."networks" (
      "id" uuid not null,
      "code" varchar(32) not null,
      "name" varchar(255) not null,
      "created_at" timestamptz not null,
      constraint "networks_pkey" primary key ("id")
    );`);
    this.addSql(`alter table "organizations"."networks" add constraint "networks_code_unique" unique ("code");`);

    this.addSql(`create table "organizations"."organizations" (
      "id" uuid not null,
      "name" varchar(255) not null,
      "type" "organizations"."organization_type" not null,
      "network_id" uuid null,
      "parent_id" uuid null,
      "external_id" varchar(64) null,
      "siret" varchar(14) null,
      "street" varchar(255) null,
      "postal_code" varchar(10) null,
      "city" varchar(255) null,
      "department" varchar(64) null,
      "region" varchar(64) null,
      "documentation_url" varchar(2048) not null default 'https://pix.fr/pix-emploi',
      "is_certification_center" boolean not null default false,
      "created_at" timestamptz not null,
      "created_by_id" uuid null,
      "archived_at" timestamptz null,
      "archived_by_id" uuid null,
      constraint "organizations_pkey" primary key ("id")
    );`);
    this.addSql(`create index "organizations_network_id_index" on "organizations"."organizations" ("network_id");`);
    this.addSql(`create index "organizations_parent_id_index" on "organizations"."organizations" ("parent_id");`);
    this.addSql(`create index "organizations_external_id_index" on "organizations"."organizations" ("external_id");`);
    this.addSql(`alter table "organizations"."organizations" add constraint "organizations_network_id_foreign" foreign key ("network_id") references "organizations"."networks" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "organizations"."organizations" add constraint "organizations_parent_id_foreign" foreign key ("parent_id") references "organizations"."organizations" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "organizations"."memberships" (
      "id" uuid not null,
      "organization_id" uuid not null,
      "user_id" uuid not null,
      "role" "organizations"."membership_role" not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "disabled_at" timestamptz null,
      constraint "memberships_pkey" primary key ("id")
    );`);
    this.addSql(`create index "memberships_user_id_index" on "organizations"."memberships" ("user_id");`);
    this.addSql(`create index "memberships_organization_id_index" on "organizations"."memberships" ("organization_id");`);
    // One active membership per person and organisation; history (removed, left) is kept.
    this.addSql(`create unique index "memberships_active_unique" on "organizations"."memberships" ("organization_id", "user_id") where "disabled_at" is null;`);
    this.addSql(`alter table "organizations"."memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations"."organizations" ("id") on update cascade;`);
    this.addSql(`alter table "organizations"."memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "organizations"."users" ("id") on update cascade;`);

    this.addSql(`create table "organizations"."invitations" (
      "id" uuid not null,
      "organization_id" uuid not null,
      "email" varchar(320) not null,
      "code" varchar(10) not null,
      "role" "organizations"."membership_role" null,
      "status" "organizations"."invitation_status" not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "accepted_at" timestamptz null,
      "accepted_by_id" uuid null,
      "cancelled_at" timestamptz null,
      constraint "invitations_pkey" primary key ("id")
    );`);
    this.addSql(`create index "invitations_organization_id_index" on "organizations"."invitations" ("organization_id");`);
    // At most one pending invitation per address and organisation: inviting again reuses it.
    this.addSql(`create unique index "invitations_pending_unique" on "organizations"."invitations" ("organization_id", "email") where "status" = 'PENDING';`);
    this.addSql(`alter table "organizations"."invitations" add constraint "invitations_organization_id_foreign" foreign key ("organization_id") references "organizations"."organizations" ("id") on update cascade;`);

    this.addSql(`create table "organizations"."creation_requests" (
      "id" uuid not null,
      "requester_id" uuid not null,
      "name" varchar(255) not null,
      "type" "organizations"."organization_type" not null,
      "siret" varchar(14) not null,
      "street" varchar(255) null,
      "postal_code" varchar(10) null,
      "city" varchar(255) null,
      "department" varchar(64) null,
      "region" varchar(64) null,
      "network_id" uuid null,
      "director_name" varchar(255) not null,
      "mandate_statement" text not null,
      "status" "organizations"."creation_request_status" not null,
      "rejection_reason" text null,
      "processed_by_id" uuid null,
      "processed_at" timestamptz null,
      "organization_id" uuid null,
      "created_at" timestamptz not null,
      constraint "creation_requests_pkey" primary key ("id")
    );`);
    this.addSql(`create index "creation_requests_status_index" on "organizations"."creation_requests" ("status");`);
    this.addSql(`alter table "organizations"."creation_requests" add constraint "creation_requests_requester_id_foreign" foreign key ("requester_id") references "organizations"."users" ("id") on update cascade;`);
    this.addSql(`alter table "organizations"."creation_requests" add constraint "creation_requests_network_id_foreign" foreign key ("network_id") references "organizations"."networks" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "organizations"."audit_log" (
      "id" uuid not null,
      "actor_id" uuid not null,
      "actor_role" varchar(32) not null,
      "action" varchar(64) not null,
      "target_type" varchar(64) not null,
      "target_id" uuid not null,
      "before" jsonb null,
      "after" jsonb null,
      "created_at" timestamptz not null,
      constraint "audit_log_pkey" primary key ("id")
    );`);
    this.addSql(`create index "audit_log_created_at_index" on "organizations"."audit_log" ("created_at");`);
    this.addSql(`create index "audit_log_target_id_index" on "organizations"."audit_log" ("target_id");`);

    // The national networks every SPE structure belongs to (reference data).
    for (const [code, name] of [
      ['UNML', 'Union nationale des Missions Locales'],
      ['FRANCE_TRAVAIL', 'France Travail'],
      ['CHEOPS', 'Cheops (Cap emploi)'],
      ['RESEAU_E2C', 'Réseau E2C France'],
      ['EPIDE', 'EPIDE'],
    ]) {
      this.addSql(`insert into "organizations"."networks" ("id", "code", "name", "created_at") values (gen_random_uuid(), '${code}', '${name.replaceAll("'", "''")}', now());`);
    }
  }
}
