import { Migration } from '@mikro-orm/migrations';

/**
 * When the invitation e-mail was last sent, so that re-inviting or resending to the same address
 * within INVITATION_RESEND_INTERVAL_SECONDS sends nothing. Existing rows take their last change
 * (until now a resend was exactly an update).
 */
export class Migration20261201104000_invitation_last_sent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organizations"."invitations" add column "last_sent_at" timestamptz null;`);
    this.addSql(`update "organizations"."invitations" set "last_sent_at" = "updated_at";`);
    this.addSql(`alter table "organizations"."invitations" alter column "last_sent_at" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organizations"."invitations" drop column "last_sent_at";`);
  }
}
