import { passwordHasher, UserRepository, type Orm } from '@orga-spe/api';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.js';

/**
 * Loads the demo only into a database that holds no account yet, so that `npm start` never
 * mixes demo data into real data. Returns whether it did.
 */
export async function seedDemoIfEmpty(orm: Orm): Promise<{ seeded: boolean }> {
  const em = orm.em.fork();
  const [{ count }] = await em.getConnection().execute<{ count: string }[]>('select count(*) from organizations.users');
  if (Number(count) > 0) return { seeded: false };
  await seedDemo(orm);
  return { seeded: true };
}

/** The demo accounts, all in one transaction (all or nothing). */
export async function seedDemo(orm: Orm): Promise<void> {
  const passwordHash = await passwordHasher.hash(DEMO_PASSWORD);
  await orm.em.fork().transactional(async (em) => {
    const users = new UserRepository(em);
    for (const account of DEMO_ACCOUNTS) {
      await users.create({
        email: account.email,
        firstName: account.firstName,
        lastName: account.lastName,
        supportRole: account.supportRole,
        passwordHash,
        termsAcceptedAt: new Date(),
      });
    }
  });
}

export function demoBanner(url: string): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
  const lines = DEMO_ACCOUNTS.map((account) => `    ${account.email.padEnd(width)}  ${account.purpose}`);
  return [
    '',
    `  Orga SPE is running: ${url}  (GraphQL: ${url}/graphql)`,
    '',
    `  Demo accounts (password for all: ${DEMO_PASSWORD}):`,
    ...lines,
    '',
    '',
  ].join('\n');
}
