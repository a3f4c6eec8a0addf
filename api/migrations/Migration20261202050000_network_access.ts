import { Migration } from '@mikro-orm/migrations';

/**
 * A person's read access to a network (issue 16): network heads (UNML, an ARML, a France Travail
 * regional direction…) read the network's figures and structures, optionally within regions or
 * departments. Granted and revoked by SUPER_ADMIN (audited); one live grant per person and network.
 */
export class Migration20261202050000_network_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organizations"."network_accesses" (
      "id" uuid not null primary key,
      "user_id" uuid not null,
      "network_id" uuid not null,
      "regions" text[] not null default '{}',
      "departments" text[] not null default '{}',
      "granted_by_id" uuid not null,
      "granted_at" timestamptz not null,
      "revoked_by_id" uuid null,
      "revoked_at" timestamptz null
    );`);
    this.addSql(`create unique index "network_accesses_live_unique" on "organizations"."network_accesses" ("user_id", "network_id") where "revoked_at" is null;`);
    this.addSql(`create index "network_accesses_network_id_index" on "organizations"."network_accesses" ("network_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organizations"."network_accesses";`);
  }
}
