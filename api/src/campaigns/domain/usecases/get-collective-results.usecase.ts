import type { ReadableCampaign } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { bandsOf, countByBand, type ResultBand } from '../models/result-bands.js';

/** "Résultats collectifs" (guide p.73): per competence, the mean over each participant's latest shared result. */
export async function getCollectiveResults({ campaign }: { campaign: ReadableCampaign }, deps: Pick<CampaignsDependencies, 'participationReads'>) {
  return deps.participationReads.collectiveCompetences(campaign.id);
}

/** The guide's bands for the campaign's profile, with how many latest shared results fall in each. */
export async function getResultBands({ campaign }: { campaign: ReadableCampaign }, deps: Pick<CampaignsDependencies, 'participationReads'>): Promise<(ResultBand & { count: number })[]> {
  const bands = bandsOf(campaign.targetProfileId);
  if (!bands.length) return [];
  return countByBand(bands, await deps.participationReads.masteryRateCounts(campaign.id));
}
