import type { KeysetPage, KeysetPageRequest } from '../../../shared/pagination.js';
import type { CampaignAccess } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { Campaign } from '../models/campaign.js';
import type { CampaignListFilter } from '../repositories.js';

/** Guide p.61: active or archived, name search, owner or "mine", newest first. */
export async function listCampaigns(
  { access, organizationId, filter, mine, page }: { access: CampaignAccess; organizationId: string; filter: CampaignListFilter; mine: boolean; page: KeysetPageRequest },
  deps: Pick<CampaignsDependencies, 'campaigns'>,
): Promise<KeysetPage<Campaign>> {
  access.assertCanReadOrganizationActivity();
  return deps.campaigns.list(organizationId, { ...filter, ownerId: mine ? access.userId : filter.ownerId }, page);
}
