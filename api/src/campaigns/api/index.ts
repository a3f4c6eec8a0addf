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
