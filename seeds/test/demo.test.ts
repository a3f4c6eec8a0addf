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
    expect(await seedDemoIfEmpty(orm)).toEqual({ seeded: true, demoPresent: true });
    expect(await seedDemoIfEmpty(orm)).toEqual({ seeded: false, demoPresent: true });
    const rows = await orm.em.getConnection().execute<{ email: string; support_role: string | null }[]>(
      'select email, support_role from organizations.users order by email',
    );
    expect(rows.map((row) => row.email)).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
    expect(rows.filter((row) => row.support_role).map((row) => row.support_role).sort()).toEqual(['CERTIF', 'METIER', 'SUPER_ADMIN', 'SUPPORT']);
  });

  it('gives the demo structures their teams, invitations in every state and a pending request', async () => {
    const run = (sql: string) => orm.em.getConnection().execute(sql);
    const teams = await run(`select o.name, u.email, m.role from organizations.memberships m join organizations.organizations o on o.id = m.organization_id join organizations.users u on u.id = m.user_id where o.name = 'Mission Locale de Limoges' order by m.role`);
    expect(teams).toEqual([
      { name: 'Mission Locale de Limoges', email: 'karim.benali@demo.orga-spe.fr', role: 'ADMIN' },
      { name: 'Mission Locale de Limoges', email: 'lea.martin@demo.orga-spe.fr', role: 'MEMBER' },
    ]);
    const types = await run('select distinct type::text as type from organizations.organizations order by 1');
    expect(types.map((row: any) => row.type)).toEqual(['CAP_EMPLOI', 'E2C', 'EPIDE', 'FRANCE_TRAVAIL', 'MISSION_LOCALE']);
    const invitations = await run(`select status::text as status, expires_at < now() as expired from organizations.invitations order by 1, 2`);
    expect(invitations).toEqual([
      { status: 'CANCELLED', expired: false },
      { status: 'PENDING', expired: false },
      { status: 'PENDING', expired: true },
    ]);
    expect(await run(`select name, status from organizations.creation_requests`)).toEqual([{ name: 'EPIDE Lanrodec', status: 'PENDING' }]);
  });

  it('prints every demo e-mail and the shared password in the start banner', () => {
    const banner = demoBanner('http://localhost:4000');
    for (const account of DEMO_ACCOUNTS) expect(banner).toContain(account.email);
    expect(banner).toContain('Pix-emploi-2026');
  });
});
