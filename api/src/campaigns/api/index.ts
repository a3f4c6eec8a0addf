/**
 * The campaigns context's public in-process interface. Other contexts, and the composition
 * root, import only this folder.
 */
import type { Session } from '../../shared/context.js';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';

/** Archiving an organisation archives its campaigns (in the caller's transaction). */
export async function archiveCampaignsOfOrganization(session: Session, organizationId: string, now: Date): Promise<number> {
  return new CampaignRepository(session.em).archiveAllOfOrganization(organizationId, now);
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
