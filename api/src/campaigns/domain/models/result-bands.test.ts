import { describe, expect, it } from 'vitest';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../certification/api/index.js';
import { bandOf, bandsOf, countByBand } from './result-bands.js';

describe("the guide's result bands", () => {
  const diagnostic = bandsOf(PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
  const clea = bandsOf(PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);

  it('Diagnostic initial: below 50 %, 50 to 80 % (80 included), above 80 %', () => {
    expect([0, 0.49, 0.5, 0.8, 0.81, 1].map((rate) => bandOf(diagnostic, rate)?.key)).toEqual([
      'DIAGNOSTIC_BELOW_50', 'DIAGNOSTIC_BELOW_50', 'DIAGNOSTIC_50_TO_80', 'DIAGNOSTIC_50_TO_80', 'DIAGNOSTIC_ABOVE_80', 'DIAGNOSTIC_ABOVE_80',
    ]);
  });

  it('Parcours CléA numérique: below 25 %, 25-60 %, 60-85 %, from 85 % (the badge threshold)', () => {
    expect([0.24, 0.25, 0.59, 0.6, 0.84, 0.85, 1].map((rate) => bandOf(clea, rate)?.key)).toEqual([
      'CLEA_BELOW_25', 'CLEA_25_TO_60', 'CLEA_25_TO_60', 'CLEA_60_TO_85', 'CLEA_60_TO_85', 'CLEA_ABOVE_85', 'CLEA_ABOVE_85',
    ]);
  });

  it('has no band for other profiles', () => {
    expect(bandsOf('00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(bandsOf(null)).toEqual([]);
  });
});

describe('how many results fall in each band', () => {
  it('adds the counts of each rate to its band, and keeps every band of the guide, empty ones at 0', () => {
    const bands = bandsOf(PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    const counted = countByBand(bands, [
      { masteryRate: 0.2, count: 3 },
      { masteryRate: 0.49, count: 1 },
      { masteryRate: 0.8, count: 2 },
    ]);
    expect(counted.map((band) => [band.key, band.count])).toEqual([['DIAGNOSTIC_BELOW_50', 4], ['DIAGNOSTIC_50_TO_80', 2], ['DIAGNOSTIC_ABOVE_80', 0]]);
    expect(counted[0]!.advice).toBe(bands[0]!.advice);
  });
});
