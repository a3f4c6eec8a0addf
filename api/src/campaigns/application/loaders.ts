import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRepository, type ParticipationCounts } from '../infrastructure/campaign.repository.js';

/** Built per request: a page of campaigns gets its counts in one statement. */
export function createCampaignsLoaders(em: EntityManager) {
  const campaigns = new CampaignRepository(em);
  return {
    countsByCampaignId: new DataLoader<string, ParticipationCounts>(async (ids) => {
      const counts = await campaigns.countParticipations(ids);
      return ids.map((id) => counts.get(id) ?? { participants: 0, shared: 0 });
    }),
  };
}

export type CampaignsLoaders = ReturnType<typeof createCampaignsLoaders>;
