import { Migration } from '@mikro-orm/migrations';

/**
 * Partner networks' events and webhooks (issue 16; partners README, "Events and webhooks"):
 * - events, written in the transaction of the change they report (an outbox), with where it
 *   happened (network, region, department) so that jurisdictions filter them; `created_xid`
 *   orders the pull feed by commit as `shared_xid` orders the shared results;
 * - webhook endpoints of clients (Standard Webhooks v1: their `whsec_` secret is kept to sign);
 * - one delivery per event and endpoint, created with the event (same transaction), claimed by
 *   the worker with a lease like the mail outbox, retried on the specification's schedule;
 * - every attempt (status, duration, excerpt of the answer).
 * Events and their deliveries are kept 30 days.
 */
export class Migration20261202040000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "partners"."events" (
      "id" uuid not null primary key,
      "type" varchar(64) not null,
      "occurred_at" timestamptz not null,
      "organization_id" uuid not null,
      "network_id" uuid null,
      "region" varchar(64) null,
      "department" varchar(64) null,
      "data" jsonb not null,
      "person" jsonb null,
      "created_xid" xid8 not null default pg_current_xact_id(),
      "created_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "events_feed_index" on "partners"."events" ("network_id", "created_xid", "id");`);
    this.addSql(`create index "events_created_at_index" on "partners"."events" ("created_at");`);
    this.addSql(`create table "partners"."webhook_endpoints" (
      "id" uuid not null primary key,
      "partner_client_id" uuid not null,
      "url" varchar(2048) not null,
      "description" varchar(255) null,
      "event_types" text[] not null,
      "secret" varchar(128) not null,
      "disabled_at" timestamptz null,
      "disabled_reason" varchar(32) null,
      "failing_since" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "deleted_at" timestamptz null
    );`);
    this.addSql(`create index "webhook_endpoints_partner_client_id_index" on "partners"."webhook_endpoints" ("partner_client_id");`);
    this.addSql(`create table "partners"."deliveries" (
      "id" uuid not null primary key,
      "event_id" uuid not null,
      "endpoint_id" uuid not null,
      "status" varchar(16) not null,
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz not null,
      "claimed_by" uuid null,
      "last_status_code" int null,
      "delivered_at" timestamptz null,
      "created_at" timestamptz not null,
      constraint "deliveries_event_endpoint_unique" unique ("event_id", "endpoint_id")
    );`);
    this.addSql(`create index "deliveries_due_index" on "partners"."deliveries" ("next_attempt_at", "id") where "status" in ('PENDING', 'SENDING');`);
    this.addSql(`create index "deliveries_endpoint_index" on "partners"."deliveries" ("endpoint_id", "created_at" desc);`);
    this.addSql(`create table "partners"."delivery_attempts" (
      "id" bigserial primary key,
      "delivery_id" uuid not null,
      "attempt" int not null,
      "at" timestamptz not null,
      "status_code" int null,
      "duration_ms" int not null,
      "error" varchar(255) null,
      "response_excerpt" varchar(500) null
    );`);
    this.addSql(`create index "delivery_attempts_delivery_id_index" on "partners"."delivery_attempts" ("delivery_id", "attempt");`);
  }

  override async down(): Promise<void> {
    for (const table of ['delivery_attempts', 'deliveries', 'webhook_endpoints', 'events']) this.addSql(`drop table if exists "partners"."${table}";`);
  }
}
