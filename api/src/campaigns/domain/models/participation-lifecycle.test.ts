import { describe, expect, it } from 'vitest';
import { buildCampaign, buildParticipation, NOW } from '../testing/builders.js';
import { ParticipationStatus } from './participation.js';
import { assertCanShare, assertIsRunning } from './participation-lifecycle.js';

const codeOf = (act: () => unknown) => {
  try {
    act();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};
const open = buildCampaign();

describe('sharing results (guide p.31)', () => {
  it('is possible once the test is finished ("en attente")', () => {
    expect(codeOf(() => assertCanShare(buildParticipation({ status: ParticipationStatus.TO_SHARE }), open))).toBe('ok');
  });

  it('is refused while the test runs (PARTICIPATION_NOT_FINISHED) and a second time (ALREADY_SHARED)', () => {
    expect(codeOf(() => assertCanShare(buildParticipation({ status: ParticipationStatus.STARTED }), open))).toBe('PARTICIPATION_NOT_FINISHED');
    expect(codeOf(() => assertCanShare(buildParticipation({ status: ParticipationStatus.SHARED }), open))).toBe('ALREADY_SHARED');
  });

  it('is refused to an archived campaign, whatever the participation (CAMPAIGN_ARCHIVED)', () => {
    expect(codeOf(() => assertCanShare(buildParticipation({ status: ParticipationStatus.TO_SHARE }), buildCampaign({ archivedAt: NOW })))).toBe('CAMPAIGN_ARCHIVED');
  });
});

describe('what the assessment engine may report on', () => {
  it('is a running participation', () => {
    expect(codeOf(() => assertIsRunning(buildParticipation()))).toBe('ok');
  });

  it('is not a finished, shared, replaced ("Je retente") or anonymised one (PARTICIPATION_NOT_STARTED)', () => {
    expect(codeOf(() => assertIsRunning(buildParticipation({ status: ParticipationStatus.TO_SHARE })))).toBe('PARTICIPATION_NOT_STARTED');
    expect(codeOf(() => assertIsRunning(buildParticipation({ status: ParticipationStatus.SHARED })))).toBe('PARTICIPATION_NOT_STARTED');
    expect(codeOf(() => assertIsRunning(buildParticipation({ isImproved: true })))).toBe('PARTICIPATION_NOT_STARTED');
    expect(codeOf(() => assertIsRunning(buildParticipation({ userId: null })))).toBe('PARTICIPATION_NOT_STARTED');
  });
});
