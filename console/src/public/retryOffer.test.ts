import { describe, expect, it } from 'vitest';
import type { CampaignToJoin } from './operations';
import { offersRetry } from './retryOffer';

const now = new Date('2026-03-10T12:00:00Z');
const NO_RESULT = { progress: 1, pixScore: null, isCertifiable: null, competenceResults: null, badges: null };
const campaign = (overrides: Partial<CampaignToJoin>): CampaignToJoin => ({
  campaignId: 'c1',
  code: 'TUMYUZ238',
  type: 'ASSESSMENT',
  title: null,
  welcomeTextHtml: null,
  externalIdLabel: null,
  externalIdType: null,
  organizationName: 'Mission Locale de Limoges',
  isJoinable: true,
  isArchived: false,
  canRetry: false,
  canReset: false,
  retryAvailableAt: null,
  myParticipation: { ...NO_RESULT, id: 'p1', status: 'SHARED', masteryRate: 0.5, sharedAt: '2026-03-08T12:00:00Z' },
  mySharedResult: null,
  myResultBand: null,
  ...overrides,
});

describe('the "Envie d\'améliorer vos résultats ?" block', () => {
  it('shows the buttons when the API says a retry would work', () => {
    expect(offersRetry(campaign({ canRetry: true, retryAvailableAt: '2026-03-09T12:00:00Z' }), now)).toBe(true);
  });

  it('shows the date while the delay runs', () => {
    expect(offersRetry(campaign({ retryAvailableAt: '2026-03-12T12:00:00Z' }), now)).toBe(true);
  });

  it('stays hidden without multiple sendings, before sharing, or on a closed campaign', () => {
    expect(offersRetry(campaign({}), now)).toBe(false);
    expect(offersRetry(campaign({ retryAvailableAt: '2026-03-12T12:00:00Z', myParticipation: { ...NO_RESULT, id: 'p1', status: 'TO_SHARE', masteryRate: null, sharedAt: null } }), now)).toBe(false);
    expect(offersRetry(campaign({ canRetry: true, retryAvailableAt: '2026-03-09T12:00:00Z', isJoinable: false }), now)).toBe(false);
    // Delay over but the API refuses (e.g. archived meanwhile): no dead date.
    expect(offersRetry(campaign({ retryAvailableAt: '2026-03-09T12:00:00Z' }), now)).toBe(false);
  });
});
