import type { CampaignsDependencies } from '../dependencies.js';
import type { OrganizationStatistics } from './get-organization-statistics.usecase.js';

/**
 * Support's national figures (PRODUCT.md "Dashboards"): current participations over every
 * organisation's campaigns. Who may ask is declared at the edge (support roles).
 */
export async function getNationalStatistics(deps: Pick<CampaignsDependencies, 'participationReads'>): Promise<OrganizationStatistics> {
  const { started, toShare, shared } = await deps.participationReads.nationalCounts();
  const total = started + toShare + shared;
  return { startedCount: started, toShareCount: toShare, sharedCount: shared, participationsCount: total, shareRate: total ? Math.round((shared / total) * 100) / 100 : 0 };
}
