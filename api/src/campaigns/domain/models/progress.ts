import { CampaignType } from './campaign.js';
import { ParticipationStatus } from './participation.js';

/**
 * How far a participation is, 0 to 1 (the participants tab, the results page, the CSV's "% de
 * progression"): 1 once the test is over (finished or shared). While it runs: the profile's skills
 * tested so far, capped at 0.99 (1 means finished). A profiles collection has no profile to
 * measure against: null (the CSV says `NA`) until it is finished.
 */
export function participationProgress({
  status,
  type,
  testedSkillsCount,
  profileSkillsCount,
}: {
  status: ParticipationStatus;
  type: CampaignType;
  testedSkillsCount: number;
  profileSkillsCount: number;
}): number | null {
  if (status !== ParticipationStatus.STARTED) return 1;
  if (type !== CampaignType.ASSESSMENT) return null;
  if (profileSkillsCount === 0) return 0;
  return Math.min(99, Math.floor((testedSkillsCount * 100) / profileSkillsCount)) / 100;
}
