import type { CampaignAccessLookup } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { bandsOf, countByBand, type ResultBand } from '../models/result-bands.js';

/** "Résultats collectifs" (guide p.73): per competence, the mean over each participant's latest shared result. */
export async function getCollectiveResults(
  { accessTo, campaignId }: { accessTo: CampaignAccessLookup; campaignId: string },
  deps: Pick<CampaignsDependencies, 'campaigns' | 'participationReads'>,
) {
  const campaign = await deps.campaigns.get(campaignId);
  (await accessTo(campaign.organizationId)).assertCanRead();
  return deps.participationReads.collectiveCompetences(campaign.id);
}

/** The guide's bands for the campaign's profile, with how many latest shared results fall in each. */
export async function getResultBands(
  { accessTo, campaignId }: { accessTo: CampaignAccessLookup; campaignId: string },
  deps: Pick<CampaignsDependencies, 'campaigns' | 'participationReads'>,
): Promise<(ResultBand & { count: number })[]> {
  const campaign = await deps.campaigns.get(campaignId);
  (await accessTo(campaign.organizationId)).assertCanRead();
  const bands = bandsOf(campaign.targetProfileId);
  if (!bands.length) return [];
  return countByBand(bands, await deps.participationReads.masteryRateCounts(campaign.id));
}
