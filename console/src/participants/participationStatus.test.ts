import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { formatPercent, participationResult } from './participationStatus';

describe('the "Résultats" column of the participants tab', () => {
  it('says "En cours de test" while the test runs and "En attente" once finished but not shared', () => {
    expect(participationResult({ status: 'STARTED', masteryRate: null })).toEqual({ kind: 'status', status: 'STARTED', labelKey: 'orga.participants.status.STARTED' });
    expect(participationResult({ status: 'TO_SHARE', masteryRate: null })).toMatchObject({ labelKey: 'orga.participants.status.TO_SHARE' });
    expect(fr.orga.participants.status.STARTED).toBe('En cours de test');
    expect(fr.orga.participants.status.TO_SHARE).toBe('En attente');
    expect(en.orga.participants.status.STARTED).toBeTruthy();
  });

  it('shows the mastery once shared, rounded to the percent, in French', () => {
    // A no-break space before the sign (narrow or not, depending on the browser's CLDR data).
    expect(participationResult({ status: 'SHARED', masteryRate: 0.756 })).toEqual({ kind: 'mastery', percent: expect.stringMatching(/^76[\u00a0\u202f]%$/) });
    expect(formatPercent(0)).toMatch(/^0[\u00a0\u202f]%$/);
    expect(formatPercent(1)).toMatch(/^100[\u00a0\u202f]%$/);
  });

  it('says "Résultats reçus" for a shared profile without mastery rate', () => {
    expect(participationResult({ status: 'SHARED', masteryRate: null })).toMatchObject({ labelKey: 'orga.participants.status.SHARED' });
    expect(fr.orga.participants.status.SHARED).toBe('Résultats reçus');
  });

  it("shows the person's earlier result beside a new sending in progress", () => {
    expect(participationResult({ status: 'STARTED', masteryRate: 0.4 })).toEqual({
      kind: 'mastery',
      percent: expect.stringMatching(/^40[\u00a0\u202f]%$/),
      running: { status: 'STARTED', labelKey: 'orga.participants.status.STARTED' },
    });
  });
});
