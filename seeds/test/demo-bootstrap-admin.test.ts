import { afterAll, describe, expect, it } from 'vitest';
import { LOGIN, signUpAs, startTestServer, type TestServer } from '@orga-spe/api/testing';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../src/index.js';

const ADMIN = { email: 'Admin@Structure.example.fr', password: 'Un-mot-de-passe-solide-2026' };

/**
 * `ADMIN_EMAIL` on an empty database: the super admin it bootstraps (before the seed, in
 * startServer) does not count as data, so a newcomer who sets both gets the demo and their admin.
 * Anyone else's account does: then the demo is not loaded, and the caller is told why.
 */
describe('demo seeding next to the ADMIN_EMAIL super admin', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it('loads the demo into a database that holds only the bootstrapped admin', async () => {
    let outcome: Awaited<ReturnType<typeof seedDemoIfEmpty>> | undefined;
    const server = await startTestServer(
      { bootstrapAdmin: ADMIN },
      { beforeListen: async (orm) => void (outcome = await seedDemoIfEmpty(orm, { bootstrapAdminEmail: ADMIN.email })) },
    );
    servers.push(server);
    expect(outcome).toEqual({ seeded: true, demoPresent: true, skippedForData: false });
    for (const { email, password } of [ADMIN, { email: DEMO_ACCOUNTS[0]!.email, password: DEMO_PASSWORD }]) {
      const { data } = await server.client().request(LOGIN, { email, password });
      expect(data?.login?.accessToken, email).toEqual(expect.any(String));
    }
    // The next start: the demo is there, nothing is added.
    expect(await seedDemoIfEmpty(server.orm, { bootstrapAdminEmail: ADMIN.email })).toEqual({ seeded: false, demoPresent: true, skippedForData: false });
  });

  it('leaves a database with someone else in it alone, and says so', async () => {
    const server = await startTestServer({ bootstrapAdmin: ADMIN });
    servers.push(server);
    await signUpAs(server.client());
    expect(await seedDemoIfEmpty(server.orm, { bootstrapAdminEmail: ADMIN.email })).toEqual({ seeded: false, demoPresent: false, skippedForData: true });
    const [{ count }] = await server.orm.em.getConnection().execute('select count(*) from organizations.users where email = ?', [DEMO_ACCOUNTS[0]!.email]);
    expect(Number(count)).toBe(0);
  });
});
