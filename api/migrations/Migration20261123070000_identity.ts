import { Migration } from '@mikro-orm/migrations';

/** One PostgreSQL schema per bounded context; identity (users, sessions, login throttle). */
export class Migration20261123070000_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "organizations";`);
    this.addSql(`create schema if not exists "campaigns";`);
    this.addSql(`create schema if not exists "certification";`);

    this.addSql(`create type "organizations"."support_role" as enum ('SUPER_ADMIN', 'SUPPORT', 'METIER', 'CERTIF');`);
    this.addSql(`create table "organizations"."users" (
      "id" uuid not null,
      "email" varchar(320) not null,
      "first_name" varchar(255) not null,
      "last_name" varchar(255) not null,
      "password_hash" text not null,
      "support_role" "organizations"."support_role" null,
      "terms_accepted_at" timestamptz null,
      "last_logged_at" timestamptz null,
      "created_at" timestamptz not null,
      constraint "users_pkey" primary key ("id")
    );`);
    this.addSql(`create unique index "users_email_lower_unique" on "organizations"."users" (lower("email"));`);

    this.addSql(`create table "organizations"."sessions" (
      "id" uuid not null,
      "user_id" uuid not null,
      "refresh_token_hash" varchar(64) not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "revoked_at" timestamptz null,
      "last_refreshed_at" timestamptz null,
      "user_agent" varchar(255) null,
      "ip_address" varchar(64) null,
      constraint "sessions_pkey" primary key ("id")
    );`);
    this.addSql(`create index "sessions_user_id_index" on "organizations"."sessions" ("user_id");`);
    this.addSql(`alter table "organizations"."sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "organizations"."users" ("id") on update cascade on delete cascade;`);

    // Shape required by rate-limiter-flexible's RateLimiterPostgres (created here, not at run time).
    this.addSql(`create table "organizations"."login_throttle" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint
    );`);
  }
}
