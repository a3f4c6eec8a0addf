import { Migration } from '@mikro-orm/migrations';

/**
 * Partner clients' cost budget (issue 16): points consumed per client and window, counted by
 * rate-limiter-flexible in PostgreSQL so that every process charges the same budget.
 */
export class Migration20261202030000_partner_budget extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "partners"."client_budget" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partners"."client_budget";`);
  }
}
