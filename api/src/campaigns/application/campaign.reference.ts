import type { CampaignsContext } from './request-context.js';
import { Campaign } from './campaign.type.js';
import { readableCampaign } from './campaign-guard.js';

/** A campaign another subgraph points at: the same guard as `campaign(id)`, once per request. */
export async function resolveCampaignReference(reference: { id: string }, context: CampaignsContext): Promise<Campaign> {
  return Campaign.from(await readableCampaign(context, reference.id));
}
