/**
 * The campaigns context's public in-process interface. Other contexts, and the composition
 * root, import only this folder.
 */
import type { Session } from '../../shared/context.js';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';
import { rebuildReadSide } from '../infrastructure/read-side.repository.js';

/** Archiving an organisation archives its campaigns (in the caller's transaction). */
export async function archiveCampaignsOfOrganization(session: Session, organizationId: string, now: Date): Promise<number> {
  return new CampaignRepository(session.em).archiveAllOfOrganization(organizationId, now);
}

/**
 * Recomputes the campaigns' kept read side (copied names, result pointers, counts and sums) from
 * the participations, in one transaction: the rebuild command, the scale generator after its bulk
 * load, and tests that write participations straight into the database.
 */
export async function rebuildCampaignsReadSide(session: Session): Promise<void> {
  await rebuildReadSide(session.em);
}

export { createCampaignsLoaders, type CampaignsLoaders } from '../application/loaders.js';
export type { CampaignsContext, CampaignsServices } from '../application/request-context.js';

// The results snapshot's one builder and one parser, for the scale generator (seeds/src/scale)
// and the tests that write shared participations straight into the database.
export {
  buildAssessmentSnapshot,
  buildProfilesCollectionSnapshot,
  storedResultsSnapshot,
  parseResultsSnapshot,
  type ResultsSnapshot,
  type ResultsDetails,
  type StoredResultsSnapshot,
  type CompetenceMasteryResult,
  type AreaMasteryResult,
  type CompetenceLevelResult,
} from '../domain/models/results-snapshot.js';
