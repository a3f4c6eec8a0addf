import { Migration } from '@mikro-orm/migrations';

/**
 * One pending creation request per person (issue 13: "cannot file a second one"). A person who
 * had filed several keeps the newest one pending; the older ones are closed as rejected with a
 * reason saying why, so that nothing is deleted and support's queue shows each structure once.
 */
export class Migration20261201140000_creation_request_pending_unique extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "organizations"."creation_requests" as "older"
      set "status" = 'REJECTED', "processed_at" = now(),
          "rejection_reason" = 'Remplacée par une demande plus récente de la même personne.'
      where "older"."status" = 'PENDING' and exists (
        select 1 from "organizations"."creation_requests" as "newer"
         where "newer"."requester_id" = "older"."requester_id" and "newer"."status" = 'PENDING'
           and ("newer"."created_at", "newer"."id") > ("older"."created_at", "older"."id"));`);
    this.addSql(`create unique index "creation_requests_pending_unique" on "organizations"."creation_requests" ("requester_id") where "status" = 'PENDING';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "organizations"."creation_requests_pending_unique";`);
  }
}
