import type { KeysetPage, KeysetPageRequest } from '../../../shared/pagination.js';
import type { ReadableCampaign } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { ListedParticipation, ParticipationListFilter, ParticipationOrder } from '../repositories.js';

/** The "Participants" tab (guide p.69): statuses, then results once shared. */
export async function listCampaignParticipations(
  { campaign, filter, order, page }: { campaign: ReadableCampaign; filter: ParticipationListFilter; order: ParticipationOrder; page: KeysetPageRequest },
  deps: Pick<CampaignsDependencies, 'participationReads'>,
): Promise<KeysetPage<ListedParticipation>> {
  return deps.participationReads.listForCampaign(campaign.id, filter, order, page);
}
