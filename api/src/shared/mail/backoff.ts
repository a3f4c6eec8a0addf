const BASE_MS = 30_000;
const CAP_MS = 60 * 60_000;

/**
 * Wait before the next attempt after `attempts` failures: 30 s, 1 min, 2 min… capped at one hour,
 * with ±10 % jitter so that mails queued together do not all hit a recovering server at once.
 */
export function backoffDelayMs(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.9 + 0.2 * random()));
}
