import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { ResetNotAllowedError } from '../errors.js';
import { type Campaign, CampaignType } from '../models/campaign.js';
import type { Participation } from '../models/participation.js';
import { retryParticipation } from './retry-participation.usecase.js';

/**
 * "Remise à zéro": like "Je retente" (multiple sendings, after sharing, once the delay has
 * passed), but the new sending starts from nothing: every skill of the profile is asked again,
 * not only the failed ones. Only when the campaign's target profile allows it.
 */
export async function resetParticipation(
  { actor, campaignId }: { actor: UserPrincipal; campaignId: string },
  deps: CampaignsDependencies,
): Promise<Participation> {
  const campaign = await deps.campaigns.get(campaignId);
  if (!(await campaignAllowsReset(campaign, deps))) throw new ResetNotAllowedError();
  return retryParticipation({ actor, campaignId, resetKnowledgeElements: true }, deps);
}

/** Only assessments whose target profile allows it (the landing page asks too, to offer the button). */
export async function campaignAllowsReset(
  campaign: Pick<Campaign, 'type' | 'targetProfileId'>,
  deps: Pick<CampaignsDependencies, 'targetProfiles'>,
): Promise<boolean> {
  return campaign.type === CampaignType.ASSESSMENT && campaign.targetProfileId !== null && deps.targetProfiles.allowsReset(campaign.targetProfileId);
}
