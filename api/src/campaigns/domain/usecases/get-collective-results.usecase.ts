import type { ReadableCampaign } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { bandOf, bandsOf, type ResultBand } from '../models/result-bands.js';

/** "Résultats collectifs" (guide p.73): per competence, the mean over each participant's latest shared result. */
export async function getCollectiveResults({ campaign }: { campaign: ReadableCampaign }, deps: Pick<CampaignsDependencies, 'participationReads'>) {
  return deps.participationReads.collectiveCompetences(campaign.id);
}

/** The guide's bands for the campaign's profile, with how many latest shared results fall in each. */
export async function getResultBands({ campaign }: { campaign: ReadableCampaign }, deps: Pick<CampaignsDependencies, 'participationReads'>): Promise<(ResultBand & { count: number })[]> {
  const bands = bandsOf(campaign.targetProfileId).map((band) => ({ ...band, count: 0 }));
  if (!bands.length) return [];
  for (const { masteryRate, count } of await deps.participationReads.masteryRateCounts(campaign.id)) {
    const band = bandOf(bands, masteryRate);
    if (band) bands.find((entry) => entry.key === band.key)!.count += count;
  }
  return bands;
}
