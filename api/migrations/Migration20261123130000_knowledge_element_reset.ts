import { Migration } from '@mikro-orm/migrations';

/**
 * A knowledge element may say RESET: the person restarted a resettable target profile from
 * scratch, so that skill counts as never assessed until the engine reports on it again. Appended
 * like the others: the history stays whole.
 */
export class Migration20261123130000_knowledge_element_reset extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "certification"."knowledge_elements" drop constraint "knowledge_elements_status_check";`);
    this.addSql(
      `alter table "certification"."knowledge_elements" add constraint "knowledge_elements_status_check" check ("status" in ('VALIDATED', 'INVALIDATED', 'RESET'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "certification"."knowledge_elements" where "status" = 'RESET';`);
    this.addSql(`alter table "certification"."knowledge_elements" drop constraint "knowledge_elements_status_check";`);
    this.addSql(
      `alter table "certification"."knowledge_elements" add constraint "knowledge_elements_status_check" check ("status" in ('VALIDATED', 'INVALIDATED'));`,
    );
  }
}
