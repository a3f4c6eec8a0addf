import { Migration } from '@mikro-orm/migrations';

/**
 * Outcomes of mutations sent with an `Idempotency-Key` (shared infrastructure, no entity: the
 * rows are written in the mutation's own transaction, see src/shared/idempotency). The unique
 * index is what makes a concurrent duplicate wait for the first request, then replay it.
 */
export class Migration20261201120000_idempotency_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "public"."idempotency_keys" (
      "scope" varchar(80) not null,
      "key" varchar(255) not null,
      "fingerprint" char(64) not null,
      "status" text check ("status" in ('IN_PROGRESS', 'COMPLETED')) not null,
      "response_body" json null,
      "http_status" smallint null,
      "created_at" timestamptz not null default now(),
      constraint "idempotency_keys_pkey" primary key ("scope", "key")
    );`);
    this.addSql(`create index "idempotency_keys_created_at_index" on "public"."idempotency_keys" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "public"."idempotency_keys";`);
  }
}
