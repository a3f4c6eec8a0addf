import { describe, expect, it } from 'vitest';
import { checkNewSending, retryOptions } from './new-sending.js';
import { ParticipationStatus } from './participation.js';

const now = new Date('2026-03-10T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);
const shared = (days: number) => ({ status: ParticipationStatus.SHARED, sharedAt: daysAgo(days) });
const open = { multipleSendings: true, archivedAt: null };

describe('a new sending ("Je retente")', () => {
  it('is allowed for a first participation', () => {
    expect(checkNewSending({ multipleSendings: false, current: null, retryDelayDays: 4, now })).toEqual({ allowed: true });
  });

  it('is refused before sharing, or without multiple sendings', () => {
    expect(checkNewSending({ multipleSendings: true, current: { status: ParticipationStatus.TO_SHARE, sharedAt: null }, retryDelayDays: 4, now })).toEqual({ allowed: false, reason: 'ALREADY_PARTICIPATED' });
    expect(checkNewSending({ multipleSendings: false, current: shared(10), retryDelayDays: 4, now })).toEqual({ allowed: false, reason: 'ALREADY_PARTICIPATED' });
  });

  it('waits the retry delay after sharing, then is allowed', () => {
    expect(checkNewSending({ multipleSendings: true, current: shared(3), retryDelayDays: 4, now })).toEqual({ allowed: false, reason: 'RETRY_NOT_ALLOWED_YET', availableAt: daysAgo(-1) });
    expect(checkNewSending({ multipleSendings: true, current: shared(4), retryDelayDays: 4, now })).toEqual({ allowed: true });
  });
});

describe('the retry options of the landing page', () => {
  it('offer nothing without a shared participation on a multiple-sendings campaign', () => {
    const none = { canRetry: false, canReset: false, retryAvailableAt: null };
    expect(retryOptions({ campaign: open, current: null, resettable: true, retryDelayDays: 4, now })).toEqual(none);
    expect(retryOptions({ campaign: open, current: { status: ParticipationStatus.STARTED, sharedAt: null }, resettable: true, retryDelayDays: 4, now })).toEqual(none);
    expect(retryOptions({ campaign: { ...open, multipleSendings: false }, current: shared(10), resettable: true, retryDelayDays: 4, now })).toEqual(none);
  });

  it('give the date before the delay, and the buttons after it (reset only when the profile allows it)', () => {
    expect(retryOptions({ campaign: open, current: shared(3), resettable: true, retryDelayDays: 4, now })).toEqual({ canRetry: false, canReset: false, retryAvailableAt: daysAgo(-1) });
    expect(retryOptions({ campaign: open, current: shared(5), resettable: true, retryDelayDays: 4, now })).toEqual({ canRetry: true, canReset: true, retryAvailableAt: daysAgo(1) });
    expect(retryOptions({ campaign: open, current: shared(5), resettable: false, retryDelayDays: 4, now })).toMatchObject({ canRetry: true, canReset: false });
  });

  it('offer nothing on an archived campaign (startParticipation refuses it)', () => {
    expect(retryOptions({ campaign: { ...open, archivedAt: now }, current: shared(5), resettable: true, retryDelayDays: 4, now })).toMatchObject({ canRetry: false, canReset: false });
  });

  it('is refused with NOTHING_TO_IMPROVE, and offered neither retry nor reset, after a shared full mastery', () => {
    const mastered = { ...shared(10), masteryRate: '1.0000' };
    expect(checkNewSending({ multipleSendings: true, current: mastered, retryDelayDays: 4, now })).toEqual({ allowed: false, reason: 'NOTHING_TO_IMPROVE' });
    expect(retryOptions({ campaign: open, current: mastered, resettable: true, retryDelayDays: 4, now })).toEqual({ canRetry: false, canReset: false, retryAvailableAt: null });
    // 99 % still leaves something to improve; a profiles collection has no mastery rate.
    expect(checkNewSending({ multipleSendings: true, current: { ...shared(10), masteryRate: '0.9900' }, retryDelayDays: 4, now })).toEqual({ allowed: true });
    expect(checkNewSending({ multipleSendings: true, current: { ...shared(10), masteryRate: null }, retryDelayDays: 4, now })).toEqual({ allowed: true });
  });
});
