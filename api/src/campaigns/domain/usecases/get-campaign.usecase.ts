import type { CampaignAccessLookup } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { Campaign } from '../models/campaign.js';

export async function getCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: Pick<CampaignsDependencies, 'campaigns'>): Promise<Campaign> {
  const campaign = await deps.campaigns.get(id);
  (await accessTo(campaign.organizationId)).assertCanRead();
  return campaign;
}
