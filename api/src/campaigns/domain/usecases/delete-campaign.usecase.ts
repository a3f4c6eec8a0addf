import type { CampaignAccessLookup } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { campaignEvent } from '../events.js';

/**
 * Soft delete: the campaign disappears from every list and its participations are anonymised
 * (no person, no name link, no identifier) while the figures stay countable.
 */
export async function deleteCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: CampaignsDependencies): Promise<boolean> {
  const campaign = await deps.campaigns.get(id);
  const access = (await accessTo(campaign.organizationId)).assertCanManage(campaign);
  await deps.transaction(async (tx) => {
    const now = tx.now();
    await tx.campaigns.markAsDeleted(campaign.id, access.userId, now);
    await tx.participations.anonymiseAllOfCampaign(campaign.id, now);
    await tx.readSide.forgetCampaign(campaign.id);
    await tx.events.record(campaignEvent('campaign.deleted', campaign, now));
  });
  return true;
}
