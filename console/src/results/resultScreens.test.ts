import { describe, expect, it } from 'vitest';
import { formatPercent } from '../participants/participationStatus';
import { bandMessage } from '../public/participantResult';
import { BAND_ADVICE_EN, bandTexts } from './bandTranslations';
import { bandOfRate } from './resultBands';
import { keptSending } from './SendingsList';

// The bands as the API gives them for the CléA profile (below: exclusive upper bound).
const CLEA = [
  { key: 'CLEA_BELOW_25', below: 0.25, upTo: null, message: 'm1', advice: 'a1' },
  { key: 'CLEA_25_TO_60', below: 0.6, upTo: null, message: 'm2', advice: 'a2' },
  { key: 'CLEA_60_TO_85', below: 0.85, upTo: null, message: 'm3', advice: 'a3' },
  { key: 'CLEA_ABOVE_85', below: null, upTo: null, message: 'm4', advice: 'a4' },
];
const DIAGNOSTIC = [
  { key: 'DIAGNOSTIC_BELOW_50', below: 0.5, upTo: null },
  { key: 'DIAGNOSTIC_50_TO_80', below: null, upTo: 0.8 },
  { key: 'DIAGNOSTIC_ABOVE_80', below: null, upTo: null },
];

describe("a participant's band", () => {
  it('is the first band the rate fits, bounds as the guide gives them', () => {
    expect(bandOfRate(CLEA, 0.24)?.key).toBe('CLEA_BELOW_25');
    expect(bandOfRate(CLEA, 0.25)?.key).toBe('CLEA_25_TO_60');
    expect(bandOfRate(CLEA, 0.85)?.key).toBe('CLEA_ABOVE_85');
    expect(bandOfRate(DIAGNOSTIC, 0.8)?.key).toBe('DIAGNOSTIC_50_TO_80');
    expect(bandOfRate(DIAGNOSTIC, 0.81)?.key).toBe('DIAGNOSTIC_ABOVE_80');
    expect(bandOfRate([], 0.5)).toBeNull();
  });

  it("keeps the guide's French words in French, translates the known ones in English, and says when a band stays French", () => {
    expect(bandTexts(CLEA[0], 'fr')).toEqual({ message: 'm1', advice: 'a1', frenchOnly: false });
    expect(bandTexts(CLEA[0], 'en')).toEqual({ message: bandMessage(CLEA[0], 'en').text, advice: BAND_ADVICE_EN.CLEA_BELOW_25.advice, frenchOnly: false });
    expect(bandTexts({ key: 'UNKNOWN', message: 'Bravo', advice: 'Conseil' }, 'en')).toEqual({ message: 'Bravo', advice: 'Conseil', frenchOnly: true });
    for (const key of ['DIAGNOSTIC_BELOW_50', 'DIAGNOSTIC_50_TO_80', 'DIAGNOSTIC_ABOVE_80', 'CLEA_BELOW_25', 'CLEA_25_TO_60', 'CLEA_60_TO_85', 'CLEA_ABOVE_85']) {
      expect(bandTexts({ key, message: 'fr', advice: 'fr' }, 'en').frenchOnly, key).toBe(false);
    }
  });
});

describe("a person's sendings", () => {
  it('keep as their result the latest shared one, not the attempt in progress', () => {
    const sendings = [
      { id: 'retry', status: 'STARTED' as const, sharedAt: null },
      { id: 'second', status: 'SHARED' as const, sharedAt: '2026-03-10T10:00:00Z' },
      { id: 'first', status: 'SHARED' as const, sharedAt: '2026-03-01T10:00:00Z' },
    ];
    expect(keptSending(sendings)?.id).toBe('second');
    expect(keptSending([sendings[0]])).toBeNull();
  });
});

describe('percentages', () => {
  it('are written one way, whole percents in the interface language', () => {
    expect(formatPercent(0.756, 'fr')).toMatch(/^76[\u00a0\u202f]%$/);
    expect(formatPercent(0.756, 'en')).toBe('76%');
    expect(formatPercent(0.756)).toBe(formatPercent(0.756, 'fr'));
  });
});
