import { Migration } from '@mikro-orm/migrations';

/**
 * Partner networks' machine access (issue 16; partners README): API clients of one network,
 * optionally limited to regions or departments, with scopes and an expiry; their secrets (stored
 * as SHA-256 of 32 random bytes: a high-entropy secret needs no slow password hash, and the token
 * endpoint must not be a CPU sink); the trail of every use and refusal; the token endpoint's
 * throttle (rate-limiter-flexible's table shape). No foreign keys: these tables have no ORM entity
 * and the schema check would drop them; clients are never deleted (revoked), so nothing dangles.
 *
 * The shared-results feed reads participations in the order their share committed: `shared_xid`
 * is the id of the transaction that shared (set by a trigger, whatever path shares), and the feed
 * only returns rows of transactions older than every one still running, so a cursor never skips
 * a share that commits late. Rows shared before this migration keep a null `shared_xid`, read as
 * 0 (they come first, by id): no rewrite of the national table's shared rows at deployment (on the
 * 1,000,000-participation dataset a backfill held the table for more than ten minutes).
 */
export class Migration20261202020000_partners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "partners";`);
    this.addSql(`create table "partners"."clients" (
      "id" uuid not null primary key,
      "client_id" varchar(64) not null,
      "name" varchar(255) not null,
      "network_id" uuid not null,
      "regions" text[] not null default '{}',
      "departments" text[] not null default '{}',
      "scopes" text[] not null,
      "contact_email" varchar(320) null,
      "expires_at" timestamptz not null,
      "revoked_at" timestamptz null,
      "last_used_at" timestamptz null,
      "last_used_ip" varchar(64) null,
      "created_at" timestamptz not null,
      "created_by_id" uuid null,
      constraint "clients_client_id_unique" unique ("client_id")
    );`);
    this.addSql(`create index "clients_network_id_index" on "partners"."clients" ("network_id");`);
    this.addSql(`create table "partners"."client_secrets" (
      "id" uuid not null primary key,
      "partner_client_id" uuid not null,
      "secret_hash" char(64) not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz null,
      constraint "client_secrets_secret_hash_unique" unique ("secret_hash")
    );`);
    this.addSql(`create index "client_secrets_partner_client_id_index" on "partners"."client_secrets" ("partner_client_id");`);
    this.addSql(`create table "partners"."client_audit" (
      "id" bigserial primary key,
      "partner_client_id" uuid null,
      "given_client_id" varchar(64) null,
      "action" varchar(32) not null,
      "outcome" varchar(32) not null,
      "ip" varchar(64) null,
      "actor_user_id" uuid null,
      "at" timestamptz not null
    );`);
    this.addSql(`create index "client_audit_partner_client_id_at_index" on "partners"."client_audit" ("partner_client_id", "at" desc);`);
    this.addSql(`create table "partners"."token_throttle" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint
    );`);

    this.addSql(`alter table "campaigns"."participations" add column "shared_xid" xid8 null;`);
    this.addSql(`create function "campaigns"."participations_shared_xid"() returns trigger language plpgsql as $$
      begin
        if new.status = 'SHARED' and (tg_op = 'INSERT' or old.status is distinct from 'SHARED') then
          new.shared_xid := pg_current_xact_id();
        elsif new.status <> 'SHARED' then
          new.shared_xid := null;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "participations_shared_xid" before insert or update of "status" on "campaigns"."participations"
      for each row execute function "campaigns"."participations_shared_xid"();`);
    this.addSql(`create index "participations_shared_feed_index" on "campaigns"."participations" ((coalesce("shared_xid", '0'::xid8)), "id") where "status" = 'SHARED' and "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "campaigns"."participations_shared_feed_index";`);
    this.addSql(`drop trigger if exists "participations_shared_xid" on "campaigns"."participations";`);
    this.addSql(`drop function if exists "campaigns"."participations_shared_xid"();`);
    this.addSql(`alter table "campaigns"."participations" drop column if exists "shared_xid";`);
    this.addSql(`drop schema if exists "partners" cascade;`);
  }
}
