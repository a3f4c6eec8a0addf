import type { CampaignsDependencies } from '../dependencies.js';
import type { Participation } from '../models/participation.js';

/**
 * The landing page, once the person is signed in: their current participation in this campaign,
 * so that coming back to the link shows where they are instead of ALREADY_PARTICIPATED.
 */
export async function findMyParticipation(
  { userId, campaignId }: { userId: string; campaignId: string },
  deps: Pick<CampaignsDependencies, 'participations'>,
): Promise<Participation | null> {
  return deps.participations.findCurrent(campaignId, userId);
}
