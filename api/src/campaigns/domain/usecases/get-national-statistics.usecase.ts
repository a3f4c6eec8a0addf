import type { CampaignsDependencies } from '../dependencies.js';
import { RESULT_BANDS } from '../models/result-bands.js';
import { type OrganizationStatistics, toStatistics } from './get-organization-statistics.usecase.js';

/**
 * Support's national figures (PRODUCT.md "Dashboards"): current participations over every
 * organisation's campaigns. Who may ask is declared at the edge (support roles).
 */
export async function getNationalStatistics(deps: Pick<CampaignsDependencies, 'participationReads'>): Promise<OrganizationStatistics> {
  return toStatistics(await deps.participationReads.statisticsCounts({ organizationId: null, bandedTargetProfileIds: Object.keys(RESULT_BANDS) }));
}
