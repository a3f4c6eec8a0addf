import { NotFoundError } from '../../../shared/errors/domain-error.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { type Campaign, normalizeCampaignCode } from '../models/campaign.js';

/** Public: what the landing page `/campagnes/<CODE>` shows. Unknown or deleted codes do not exist. */
export async function getCampaignToJoin({ code }: { code: string }, deps: Pick<CampaignsDependencies, 'campaigns'>): Promise<Campaign> {
  const campaign = await deps.campaigns.findByCode(normalizeCampaignCode(code));
  if (!campaign) throw new NotFoundError('Aucune campagne ne correspond à ce code.');
  return campaign;
}
