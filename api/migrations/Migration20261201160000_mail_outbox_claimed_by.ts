import { Migration } from '@mikro-orm/migrations';

/**
 * Which worker claimed a mail: when the database dies as a claim commits, the worker never gets
 * the answer, and without its name on the row the mail would wait for the lease (5 minutes)
 * instead of being taken again by that same worker at its next round.
 */
export class Migration20261201160000_mail_outbox_claimed_by extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "public"."mail_outbox" add column "claimed_by" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "public"."mail_outbox" drop column "claimed_by";`);
  }
}
