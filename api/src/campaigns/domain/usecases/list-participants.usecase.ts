import type { KeysetPage, KeysetPageRequest } from '../../../shared/pagination.js';
import type { CampaignAccess } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { ParticipantSummary } from '../repositories.js';

/** Everyone who took part in the organisation's campaigns, as they named themselves, alphabetical. */
export async function listParticipants(
  { access, organizationId, search, page }: { access: CampaignAccess; organizationId: string; search: string | null; page: KeysetPageRequest },
  deps: Pick<CampaignsDependencies, 'participationReads'>,
): Promise<KeysetPage<ParticipantSummary>> {
  access.assertCanReadOrganizationActivity();
  return deps.participationReads.listParticipants(organizationId, search, page);
}
