import { Migration } from '@mikro-orm/migrations';

/**
 * Password reset by e-mail: one pending reset per account (a new request replaces the token),
 * the token stored as its SHA-256 hash, with its expiry, the last e-mail (throttle) and when it was spent.
 */
export class Migration20261201130000_password_resets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organizations"."password_resets" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "last_sent_at" timestamptz not null, "used_at" timestamptz null, constraint "password_resets_pkey" primary key ("id"));`);
    this.addSql(`alter table "organizations"."password_resets" add constraint "password_resets_user_id_unique" unique ("user_id");`);
    this.addSql(`alter table "organizations"."password_resets" add constraint "password_resets_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "organizations"."password_resets" add constraint "password_resets_user_id_foreign" foreign key ("user_id") references "organizations"."users" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organizations"."password_resets" cascade;`);
  }
}
