import { type Participation, ParticipationStatus } from './participation.js';

const DAY_MS = 24 * 3600 * 1000;

/** Whether a person may start a (new) sending of a campaign, given their current participation. */
export type NewSendingCheck =
  | { allowed: true }
  | { allowed: false; reason: 'ALREADY_PARTICIPATED' }
  | { allowed: false; reason: 'NOTHING_TO_IMPROVE' }
  | { allowed: false; reason: 'RETRY_NOT_ALLOWED_YET'; availableAt: Date };

/**
 * The "Je retente" rule (guide p.35): no current participation, or, with multiple sendings, a
 * shared one whose sharing is at least `retryDelayDays` old and that left something to improve (a
 * shared result that validated every skill of the profile, mastery 100 %, cannot be bettered). startParticipation enforces it; the
 * landing page reads it to show the buttons only when they would work.
 */
export function checkNewSending({
  multipleSendings,
  current,
  retryDelayDays,
  now,
}: {
  multipleSendings: boolean;
  current: (Pick<Participation, 'status' | 'sharedAt'> & Partial<Pick<Participation, 'masteryRate'>>) | null;
  retryDelayDays: number;
  now: Date;
}): NewSendingCheck {
  if (!current) return { allowed: true };
  if (!multipleSendings || current.status !== ParticipationStatus.SHARED || !current.sharedAt) return { allowed: false, reason: 'ALREADY_PARTICIPATED' };
  if (isFullMastery(current.masteryRate)) return { allowed: false, reason: 'NOTHING_TO_IMPROVE' };
  const availableAt = retryAvailableAt(current.sharedAt, retryDelayDays);
  if (availableAt.getTime() > now.getTime()) return { allowed: false, reason: 'RETRY_NOT_ALLOWED_YET', availableAt };
  return { allowed: true };
}

/** Every skill of the profile validated (stored as a numeric string, "1.0000"); null (profiles collection) is not. */
function isFullMastery(masteryRate: number | string | null | undefined): boolean {
  return masteryRate !== null && masteryRate !== undefined && Number(masteryRate) >= 1;
}

/** "Je retente" is possible some days after sharing (RETRY_DELAY_DAYS, 4 by default). */
function retryAvailableAt(sharedAt: Date, retryDelayDays: number): Date {
  return new Date(sharedAt.getTime() + retryDelayDays * DAY_MS);
}

/** What the landing page offers after a shared participation ("Je retente", "Remettre à zéro"). */
export interface RetryOptions {
  canRetry: boolean;
  canReset: boolean;
  /** When a new sending becomes (or became) possible; null without a shared participation on a multiple-sendings campaign. */
  retryAvailableAt: Date | null;
}

export const NO_RETRY: RetryOptions = { canRetry: false, canReset: false, retryAvailableAt: null };

export function retryOptions({
  campaign,
  current,
  resettable,
  retryDelayDays,
  now,
}: {
  campaign: { multipleSendings: boolean; archivedAt: Date | null };
  current: (Pick<Participation, 'status' | 'sharedAt'> & Partial<Pick<Participation, 'masteryRate'>>) | null;
  /** Whether the campaign's target profile allows "remise à zéro". */
  resettable: boolean;
  retryDelayDays: number;
  now: Date;
}): RetryOptions {
  if (!current) return NO_RETRY;
  const check = checkNewSending({ multipleSendings: campaign.multipleSendings, current, retryDelayDays, now });
  if (!check.allowed && (check.reason === 'ALREADY_PARTICIPATED' || check.reason === 'NOTHING_TO_IMPROVE')) return NO_RETRY;
  const canRetry = check.allowed && campaign.archivedAt === null;
  return { canRetry, canReset: canRetry && resettable, retryAvailableAt: retryAvailableAt(current.sharedAt!, retryDelayDays) };
}
