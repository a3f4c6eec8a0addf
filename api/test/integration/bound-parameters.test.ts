import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm } from '../support/index.js';
import type { Orm } from '../../src/shared/database/orm.js';
import { withQueryCount } from '../../src/shared/database/query-counter.js';
import { UserEntity } from '../../src/organizations/infrastructure/user.entity.js';

describe('values reach PostgreSQL as bound parameters', () => {
  let orm: Orm;
  let close: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
    url = orm.config.get('clientUrl')!;
  });
  afterAll(() => close?.());

  it('PostgreSQL sees `$1` in the statement text, not the value', async () => {
    // Another session holds a lock, so the ORM's statement waits where pg_stat_activity shows it.
    const holder = new pg.Client({ connectionString: url });
    const observer = new pg.Client({ connectionString: url });
    await holder.connect();
    await observer.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table organizations.users in access exclusive mode');
      const marker = `secret-${Date.now()}@example.org`;
      const waiting = orm.em.fork().findOne(UserEntity, { email: marker });
      let seen: string | undefined;
      while (!seen) {
        const { rows } = await observer.query<{ query: string }>(
          `select query from pg_stat_activity where wait_event_type = 'Lock' and query like '%organizations%users%' and pid <> pg_backend_pid()`,
        );
        seen = rows[0]?.query;
      }
      await holder.query('rollback');
      expect(await waiting).toBeNull();
      expect(seen).toMatch(/"email" = \$1/);
      expect(seen).not.toContain(marker);
    } finally {
      await holder.end();
      await observer.end();
    }
  });

  it('keeps what inlining accepted: arrays in `in (?)`, dates, JSON, identifiers, escaped `?`, buffers, undefined, booleans', async () => {
    const em = orm.em.fork();
    const [row] = await em.execute<{ n: number; at: Date; doc: { a: number }; q: boolean }[]>(
      `select count(*)::int as n, max(?::timestamptz) as at, max((?::jsonb)::text)::jsonb as doc, '{"k":1}'::jsonb \\? 'k' as q
         from (values (1), (2), (3)) as t(v) where ?? in (?)`,
      [new Date('2026-01-02T03:04:05.678Z'), { a: 1 }, 'v', [1, 3]],
    );
    expect(row).toMatchObject({ n: 2, doc: { a: 1 }, q: true });
    expect(new Date(row!.at).toISOString()).toBe('2026-01-02T03:04:05.678Z');
    const [bytes] = await em.execute<{ b: Buffer; nothing: null; yes: boolean }[]>('select ?::bytea as b, ?::text as nothing, ? = true as yes', [Buffer.from([0, 1, 255]), undefined, true]);
    expect([...bytes!.b]).toEqual([0, 1, 255]);
    expect(bytes).toMatchObject({ nothing: null, yes: true });
  });

  it('refuses a NUL byte as a value, not as broken SQL, and still counts statements', async () => {
    const em = orm.em.fork();
    const { queries } = await withQueryCount(async () => {
      await em.findOne(UserEntity, { email: 'nobody@example.org' });
      await expect(em.findOne(UserEntity, { email: 'a\u0000b' })).rejects.toThrow(/0x00/);
    });
    expect(queries).toBe(2);
  });
});
