import 'reflect-metadata';
import { withStandaloneDatabase } from '@orga-spe/api';
import { demoCredentials, seedDemo, seedDemoIfEmpty } from './seed-demo.js';

/**
 * `npm run seed:demo -w @orga-spe/seeds [-- --force]`: the demo without starting the app, into
 * DATABASE_URL or the embedded PostgreSQL of `npm start` (stopped meanwhile: one process per data
 * folder). Without --force only an empty database gets it, as at start; with --force it is added
 * next to existing data. Either way a database that already holds the demo is left as it is.
 */
const force = process.argv.includes('--force');
await withStandaloneDatabase(async (orm, { config, logger }) => {
  const started = Date.now();
  const seeded = force ? (await seedDemo(orm, config.publicUrl)).seeded : (await seedDemoIfEmpty(orm)).seeded;
  if (seeded) {
    logger.info({ durationMs: Date.now() - started }, 'demo data loaded');
    process.stdout.write(demoCredentials(config.publicUrl));
  } else {
    logger.warn(force ? 'the demo is already there: nothing to do' : 'the database already holds data: add --force to load the demo next to it');
  }
});
