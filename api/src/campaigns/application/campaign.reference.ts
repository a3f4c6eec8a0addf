import type { CampaignsContext } from './request-context.js';
import { getCampaign } from '../domain/usecases/get-campaign.usecase.js';
import { Campaign } from './campaign.type.js';
import { campaignAccessLookup, campaignsDependencies } from './dependencies.js';

export async function resolveCampaignReference(reference: { id: string }, context: CampaignsContext): Promise<Campaign> {
  return Campaign.from(await getCampaign({ accessTo: campaignAccessLookup(context), id: reference.id }, campaignsDependencies(context)));
}
