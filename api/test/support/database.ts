import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import './provided-context.js';
import { entities } from '../../src/entities.js';
import { initORM, migrate, type Orm } from '../../src/shared/database/orm.js';

/** A fresh, migrated database for one test file: tests in different files never see each other. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `orga_spe_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdminClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

export async function createTestOrm(): Promise<{ orm: Orm; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const orm = await initORM({ clientUrl: database.url, entities });
  await migrate(orm);
  return {
    orm,
    close: async () => {
      await orm.close(true);
      await database.drop();
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
