import type { ReadableCampaign } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { CampaignType } from '../models/campaign.js';

/**
 * "Résultats collectifs" of a profiles collection: per competence, the mean level and pix over
 * each person's latest shared profile (once a person). Empty for an assessment campaign.
 */
export async function getCollectiveLevels({ campaign }: { campaign: ReadableCampaign }, deps: Pick<CampaignsDependencies, 'participationReads'>) {
  if (campaign.type !== CampaignType.PROFILES_COLLECTION) return [];
  return deps.participationReads.collectiveLevels(campaign.id);
}
