import { describe, expect, it } from 'vitest';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../shared/pix-emploi-profiles.js';
import { toStatistics } from './get-organization-statistics.usecase.js';

const countOf = (statistics: ReturnType<typeof toStatistics>, key: string) => statistics.resultBands.find((band) => band.key === key)?.count;

describe('the dashboard figures (PRODUCT.md "Dashboards")', () => {
  it('count people by status, and the share rate as people with a result over people, to the hundredth', () => {
    expect(toStatistics({ started: 1, toShare: 1, shared: 1, sharedRates: [] })).toMatchObject({ startedCount: 1, toShareCount: 1, sharedCount: 1, participationsCount: 3, shareRate: 0.33 });
    expect(toStatistics({ started: 0, toShare: 0, shared: 0, sharedRates: [] })).toMatchObject({ participationsCount: 0, shareRate: 0 });
  });

  it('put each shared result in the band of its own profile: 0.8 is "50 to 80" on the Diagnostic, "60 to 85" on CléA', () => {
    const statistics = toStatistics({
      started: 0,
      toShare: 0,
      shared: 5,
      sharedRates: [
        { targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, masteryRate: 0.8, count: 2 },
        { targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, masteryRate: 0.8, count: 1 },
        { targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, masteryRate: 0.85, count: 1 },
        { targetProfileId: 'a-profile-without-bands', masteryRate: 0.9, count: 1 },
      ],
    });
    expect(countOf(statistics, 'DIAGNOSTIC_50_TO_80')).toBe(2);
    expect(countOf(statistics, 'CLEA_60_TO_85')).toBe(1);
    expect(countOf(statistics, 'CLEA_ABOVE_85')).toBe(1);
    expect(statistics.resultBands.reduce((total, band) => total + band.count, 0)).toBe(4);
    expect(statistics.resultBands).toHaveLength(7);
  });
});
