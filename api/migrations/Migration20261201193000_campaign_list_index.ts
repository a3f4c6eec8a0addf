import { Migration } from '@mikro-orm/migrations';

/**
 * The campaign list (newest first, then id) read in index order from a keyset cursor: the former
 * (organization_id, created_at) index has no id, so the tie-break sorted the organisation's
 * campaigns on every page. Partial: deleted campaigns are never listed.
 */
export class Migration20261201193000_campaign_list_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "campaigns_organization_list_index" on "campaigns"."campaigns" ("organization_id", "created_at" desc, "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "campaigns"."campaigns_organization_list_index";`);
  }
}
