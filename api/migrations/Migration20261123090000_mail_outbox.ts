import { Migration } from '@mikro-orm/migrations';

/** The e-mail outbox (shared infrastructure): mails commit with the change they announce. */
export class Migration20261123090000_mail_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "public"."mail_outbox" (
      "id" uuid not null,
      "recipient" varchar(320) not null,
      "subject" varchar(255) not null,
      "text_body" text not null,
      "html_body" text null,
      "template" varchar(64) not null,
      "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING',
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz not null,
      "last_error" text null,
      "created_at" timestamptz not null,
      "sent_at" timestamptz null,
      constraint "mail_outbox_pkey" primary key ("id")
    );`);
    this.addSql(`create index "mail_outbox_status_next_attempt_at_index" on "public"."mail_outbox" ("status", "next_attempt_at");`);
  }
}
