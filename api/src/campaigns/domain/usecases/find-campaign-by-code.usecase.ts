import type { CampaignsDependencies } from '../dependencies.js';
import { type Campaign, normalizeCampaignCode } from '../models/campaign.js';

/**
 * Support: the campaign behind a code a participant or an advisor reads out on the phone
 * (spaces and case forgiven), whatever its organisation; null when no live campaign has it.
 * Who may ask is declared at the edge (support roles).
 */
export async function findCampaignByCode({ code }: { code: string }, deps: Pick<CampaignsDependencies, 'campaigns'>): Promise<Campaign | null> {
  const normalized = normalizeCampaignCode(code);
  if (!normalized) return null;
  return deps.campaigns.findByCode(normalized);
}
