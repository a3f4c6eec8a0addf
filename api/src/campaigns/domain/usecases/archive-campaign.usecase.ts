import type { CampaignAccessLookup } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { Campaign } from '../models/campaign.js';
import { campaignEvent } from '../events.js';

/** Archived: no one can join or share results to it; nothing is lost. Idempotent both ways (an event only for a change). */
export async function archiveCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: CampaignsDependencies): Promise<Campaign> {
  const campaign = await deps.campaigns.get(id);
  const access = (await accessTo(campaign.organizationId)).assertCanManage(campaign);
  if (campaign.archivedAt) return campaign;
  return deps.transaction(async (tx) => {
    const archived = await tx.campaigns.markAsArchived(campaign.id, access.userId, tx.now());
    await tx.events.record(campaignEvent('campaign.archived', archived, archived.archivedAt ?? tx.now()));
    return archived;
  });
}

export async function unarchiveCampaign({ accessTo, id }: { accessTo: CampaignAccessLookup; id: string }, deps: CampaignsDependencies): Promise<Campaign> {
  const campaign = await deps.campaigns.get(id);
  (await accessTo(campaign.organizationId)).assertCanManage(campaign);
  if (!campaign.archivedAt) return campaign;
  return deps.transaction(async (tx) => {
    const unarchived = await tx.campaigns.markAsUnarchived(campaign.id, tx.now());
    await tx.events.record(campaignEvent('campaign.unarchived', unarchived, tx.now()));
    return unarchived;
  });
}
