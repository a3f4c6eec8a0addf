import 'reflect-metadata';
import { rebuildCampaignsReadSide, withStandaloneDatabase } from '../src/index.js';

/**
 * `npm run read-side:rebuild -w @orga-spe/api`: recomputes what the campaigns context keeps for
 * reading (each current participation's copied name and result pointer, every campaign's counts,
 * per competence sums and people per mastery rate, each organisation's participants count) from
 * the participations, in one transaction: after data was written around the application (a
 * restore, a bulk import), or to check the kept figures (they must not change). Into DATABASE_URL
 * or the embedded PostgreSQL of `npm start` (stopped meanwhile).
 */
await withStandaloneDatabase(async (orm, { logger }) => {
  const started = Date.now();
  await rebuildCampaignsReadSide({ em: orm.em.fork() });
  logger.info({ durationMs: Date.now() - started }, 'campaigns read side rebuilt');
});
