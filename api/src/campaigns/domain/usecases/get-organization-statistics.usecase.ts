import type { CampaignAccess } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { StatisticsCounts } from '../repositories.js';
import { bandOf, RESULT_BANDS, type ResultBand } from '../models/result-bands.js';

export interface OrganizationStatistics {
  startedCount: number;
  toShareCount: number;
  sharedCount: number;
  participationsCount: number;
  /** People with a result / people, per campaign, 0 to 1 rounded to 2 decimals (0 when none). */
  shareRate: number;
  /** The guide's bands of both Pix emploi profiles, with how many people's results fall in each. */
  resultBands: (ResultBand & { count: number })[];
}

/** The organisation's figures for its dashboard (PRODUCT.md "Dashboards"). */
export async function getOrganizationStatistics(
  { access, organizationId }: { access: CampaignAccess; organizationId: string },
  deps: Pick<CampaignsDependencies, 'participationReads'>,
): Promise<OrganizationStatistics> {
  access.assertCanReadOrganizationActivity();
  return toStatistics(await deps.participationReads.statisticsCounts({ organizationId, bandedTargetProfileIds: Object.keys(RESULT_BANDS) }));
}

/** Shared by the organisation's and the national dashboards: same figures, other scope. */
export function toStatistics({ started, toShare, shared, sharedRates }: StatisticsCounts): OrganizationStatistics {
  const total = started + toShare + shared;
  const counts = new Map<string, number>();
  for (const { targetProfileId, masteryRate, count } of sharedRates) {
    const band = bandOf(RESULT_BANDS[targetProfileId] ?? [], masteryRate);
    if (band) counts.set(band.key, (counts.get(band.key) ?? 0) + count);
  }
  return {
    startedCount: started,
    toShareCount: toShare,
    sharedCount: shared,
    participationsCount: total,
    shareRate: total ? Math.round((shared / total) * 100) / 100 : 0,
    resultBands: Object.values(RESULT_BANDS).flat().map((band) => ({ ...band, count: counts.get(band.key) ?? 0 })),
  };
}
