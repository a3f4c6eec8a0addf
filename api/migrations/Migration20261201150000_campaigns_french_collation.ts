import { Migration } from '@mikro-orm/migrations';

/**
 * The campaigns context sorts participants by name in French order with a collation of its own
 * schema: its SQL no longer names an object of the organizations schema (issue 14), and the
 * name-ordered indexes of the read side will be built on it.
 */
export class Migration20261201150000_campaigns_french_collation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create collation if not exists "campaigns"."french" (provider = icu, locale = 'fr');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop collation if exists "campaigns"."french";`);
  }
}
