import { createParameterDecorator } from 'type-graphql';
import type { ReadableCampaign } from '../domain/campaign-access.js';
import { CampaignNotFoundError } from '../domain/errors.js';
import { getCampaign } from '../domain/usecases/get-campaign.usecase.js';
import { campaignAccessLookup } from './dependencies.js';
import type { CampaignsContext } from './request-context.js';

/** Per request (keyed by the request's own loaders): campaign id → the guard's answer. */
const answers = new WeakMap<object, Map<string, Promise<ReadableCampaign>>>();

/**
 * "May the caller read this campaign?", answered once per request and campaign. The first field
 * that asks loads the campaign (batched with the request's other campaigns) and checks the
 * caller's rights; the other fields of that campaign (participants, results, bands, levels...)
 * reuse the answer instead of reloading and re-checking. A refusal is NOT_FOUND, as an unknown id.
 */
export function readableCampaign(context: CampaignsContext, campaignId: string): Promise<ReadableCampaign> {
  const loaders = context.loaders.campaigns;
  let byId = answers.get(loaders);
  if (!byId) answers.set(loaders, (byId = new Map()));
  let answer = byId.get(campaignId);
  if (!answer) {
    const campaigns = {
      get: async (id: string) => {
        const campaign = await loaders.campaignById.load(id);
        if (!campaign) throw new CampaignNotFoundError();
        return campaign;
      },
    };
    answer = getCampaign({ accessTo: campaignAccessLookup(context), id: campaignId }, { campaigns });
    byId.set(campaignId, answer);
  }
  return answer;
}

/**
 * A `Campaign` field's guard, declared on the field: the parameter is the field's campaign once
 * the caller may read it (the field never runs otherwise).
 */
export function ReadableRootCampaign() {
  return createParameterDecorator<CampaignsContext>(({ root, context }) => readableCampaign(context, (root as { id: string }).id));
}
