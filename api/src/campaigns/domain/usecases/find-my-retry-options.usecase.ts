import type { CampaignsDependencies } from '../dependencies.js';
import type { Campaign } from '../models/campaign.js';
import { NO_RETRY, type RetryOptions, retryOptions } from '../models/new-sending.js';
import { campaignAllowsReset } from './reset-participation.usecase.js';

/**
 * The landing page, after a shared participation: whether "Je retente" and "Remettre à zéro" would
 * work now, or from when. The same rule as startParticipation (checkNewSending).
 */
export async function findMyRetryOptions(
  { userId, campaign }: { userId: string; campaign: Pick<Campaign, 'id' | 'type' | 'targetProfileId' | 'multipleSendings' | 'archivedAt'> },
  deps: Pick<CampaignsDependencies, 'participations' | 'targetProfiles' | 'settings' | 'now'>,
): Promise<RetryOptions> {
  if (!campaign.multipleSendings) return NO_RETRY;
  const current = await deps.participations.findCurrent(campaign.id, userId);
  if (!current) return NO_RETRY;
  const resettable = await campaignAllowsReset(campaign, deps);
  return retryOptions({ campaign, current, resettable, retryDelayDays: deps.settings.retryDelayDays, now: deps.now() });
}
