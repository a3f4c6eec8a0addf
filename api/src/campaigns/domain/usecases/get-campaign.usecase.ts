import type { CampaignAccessLookup, ReadableCampaign } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';

/** A campaign by id, for a caller who may read it; one they may not read is NOT_FOUND, as an unknown id. */
export async function getCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: { campaigns: Pick<CampaignsDependencies['campaigns'], 'get'> }): Promise<ReadableCampaign> {
  const campaign = await deps.campaigns.get(id);
  return (await accessTo(campaign.organizationId)).readable(campaign);
}
