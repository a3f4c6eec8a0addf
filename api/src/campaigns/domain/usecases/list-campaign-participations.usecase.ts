import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { CampaignAccessLookup } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { ListedParticipation, ParticipationListFilter, ParticipationOrder } from '../repositories.js';

/** The "Participants" tab (guide p.69): statuses, then results once shared. */
export async function listCampaignParticipations(
  { accessTo, campaignId, filter, order, page }: { accessTo: CampaignAccessLookup; campaignId: string; filter: ParticipationListFilter; order: ParticipationOrder; page: PageRequest },
  deps: Pick<CampaignsDependencies, 'campaigns' | 'participationReads'>,
): Promise<Page<ListedParticipation>> {
  const campaign = await deps.campaigns.get(campaignId);
  (await accessTo(campaign.organizationId)).assertCanRead();
  return deps.participationReads.listForCampaign(campaign.id, filter, order, page);
}
