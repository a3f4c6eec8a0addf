export interface BackoffSettings {
  /** Wait after the first failure (`MAIL_RETRY_BASE_SECONDS`, 30 by default). */
  baseSeconds?: number;
  /** Longest wait between two attempts (`MAIL_RETRY_MAX_SECONDS`, one hour by default). */
  maxSeconds?: number;
}

/**
 * Wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min… capped at one hour
 * (both configurable), with ±10 % jitter so that mails queued together do not all hit a
 * recovering server at once.
 */
export function backoffDelayMs(attempts: number, random: () => number = Math.random, { baseSeconds = 30, maxSeconds = 3600 }: BackoffSettings = {}): number {
  const exponential = Math.min(maxSeconds * 1000, baseSeconds * 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.9 + 0.2 * random()));
}
