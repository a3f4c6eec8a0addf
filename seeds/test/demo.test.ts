import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm } from '@orga-spe/api/testing';
import type { Orm } from '@orga-spe/api';
import { DEMO_ACCOUNTS, demoBanner, seedDemoIfEmpty } from '../src/index.js';

describe('demo seeding', () => {
  let orm: Orm;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  afterAll(() => close?.());

  it('loads the demo accounts into an empty database, and only once', async () => {
    expect(await seedDemoIfEmpty(orm)).toEqual({ seeded: true });
    expect(await seedDemoIfEmpty(orm)).toEqual({ seeded: false });
    const rows = await orm.em.getConnection().execute<{ email: string; support_role: string | null }[]>(
      'select email, support_role from organizations.users order by email',
    );
    expect(rows.map((row) => row.email)).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
    expect(rows.filter((row) => row.support_role).map((row) => row.support_role).sort()).toEqual(['CERTIF', 'METIER', 'SUPER_ADMIN', 'SUPPORT']);
  });

  it('prints every demo e-mail and the shared password in the start banner', () => {
    const banner = demoBanner('http://localhost:4000');
    for (const account of DEMO_ACCOUNTS) expect(banner).toContain(account.email);
    expect(banner).toContain('Pix-emploi-2026');
  });
});
