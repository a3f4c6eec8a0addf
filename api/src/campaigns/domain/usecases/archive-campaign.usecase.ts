import type { CampaignAccessLookup } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { Campaign } from '../models/campaign.js';

/** Archived: no one can join or share results to it; nothing is lost. Idempotent both ways. */
export async function archiveCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: CampaignsDependencies): Promise<Campaign> {
  const campaign = await deps.campaigns.get(id);
  const access = (await accessTo(campaign.organizationId)).assertCanManage(campaign);
  if (campaign.archivedAt) return campaign;
  return deps.campaigns.markAsArchived(campaign.id, access.userId, deps.now());
}

export async function unarchiveCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: CampaignsDependencies): Promise<Campaign> {
  const campaign = await deps.campaigns.get(id);
  (await accessTo(campaign.organizationId)).assertCanManage(campaign);
  if (!campaign.archivedAt) return campaign;
  return deps.campaigns.markAsUnarchived(campaign.id, deps.now());
}
