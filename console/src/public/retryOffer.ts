import type { CampaignToJoin } from './operations';

/** Whether the landing page has anything to say about a new sending of this shared participation. */
export function offersRetry(campaign: CampaignToJoin, now: Date = new Date()): boolean {
  if (!campaign.isJoinable || campaign.myParticipation?.status !== 'SHARED' || !campaign.retryAvailableAt) return false;
  return campaign.canRetry || new Date(campaign.retryAvailableAt).getTime() > now.getTime();
}
