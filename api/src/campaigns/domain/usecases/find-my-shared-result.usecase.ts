import type { CampaignsDependencies } from '../dependencies.js';
import type { Participation } from '../models/participation.js';

/**
 * The landing page: the signed-in person's result in this campaign, the one rule of every screen
 * (a person's result is their latest shared participation). While "Je retente" runs it is the
 * earlier sending, shown beside the attempt in progress; null before any sharing.
 */
export async function findMySharedResult(
  { userId, campaignId }: { userId: string; campaignId: string },
  deps: Pick<CampaignsDependencies, 'participations'>,
): Promise<Participation | null> {
  return deps.participations.findLatestShared(campaignId, userId);
}
