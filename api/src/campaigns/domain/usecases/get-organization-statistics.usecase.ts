import type { CampaignAccess } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';

export interface OrganizationStatistics {
  startedCount: number;
  toShareCount: number;
  sharedCount: number;
  participationsCount: number;
  /** Shared / all current participations, 0 to 1 rounded to 2 decimals (0 when none). */
  shareRate: number;
}

/** The organisation's figures for its dashboard (PRODUCT.md "Dashboards"). */
export async function getOrganizationStatistics(
  { access, organizationId }: { access: CampaignAccess; organizationId: string },
  deps: Pick<CampaignsDependencies, 'participationReads'>,
): Promise<OrganizationStatistics> {
  access.assertCanRead();
  const { started, toShare, shared } = await deps.participationReads.organizationCounts(organizationId);
  const total = started + toShare + shared;
  return { startedCount: started, toShareCount: toShare, sharedCount: shared, participationsCount: total, shareRate: total ? Math.round((shared / total) * 100) / 100 : 0 };
}
