/**
 * The campaigns context's public in-process interface. Other contexts import only this file.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';

/** Archiving an organisation archives its campaigns (in the caller's transaction). */
export async function archiveCampaignsOfOrganization(em: EntityManager, organizationId: string, now: Date): Promise<number> {
  return new CampaignRepository(em).archiveAllOfOrganization(organizationId, now);
}

export { createCampaignsLoaders, type CampaignsLoaders } from '../application/loaders.js';
