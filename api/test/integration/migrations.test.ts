import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm } from '../support/database.js';
import { MIGRATIONS_DIR, pendingMigrations, type Orm } from '../../src/shared/database/orm.js';
import { migrationsList } from '../../migrations/index.js';

describe('migrations', () => {
  let orm: Orm;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  afterAll(() => close?.());

  it('lists every migration file of the folder, in order', () => {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((file) => /^Migration\d+.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((migration) => migration.name)).toEqual(files);
  });

  it('leaves nothing pending once applied', async () => {
    expect(await pendingMigrations(orm)).toEqual([]);
  });

  it('produce exactly the schema the entities describe (no change left for the ORM to make)', async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: false });
    expect(diff.trim()).toBe('');
  });
});
