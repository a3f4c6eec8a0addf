import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox worker claims a mail before sending it: `SENDING`, with `next_attempt_at` as the end
 * of its lease (an expired lease means the worker died mid-way, the mail is due again).
 */
export class Migration20261201110000_mail_outbox_sending extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "public"."mail_outbox" drop constraint "mail_outbox_status_check";`);
    this.addSql(`alter table "public"."mail_outbox" add constraint "mail_outbox_status_check" check ("status" in ('PENDING', 'SENDING', 'SENT', 'FAILED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "public"."mail_outbox" set "status" = 'PENDING' where "status" = 'SENDING';`);
    this.addSql(`alter table "public"."mail_outbox" drop constraint "mail_outbox_status_check";`);
    this.addSql(`alter table "public"."mail_outbox" add constraint "mail_outbox_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`);
  }
}
