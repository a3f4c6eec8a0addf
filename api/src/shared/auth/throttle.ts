import type { RateLimiterRes } from 'rate-limiter-flexible';

/** Seconds to wait once a counter of failures reached its limit (at least 1), else 0. */
export function secondsBlockedBy(result: RateLimiterRes | null, points: number): number {
  if (!result || result.consumedPoints < points) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
