import { describe, expect, it } from 'vitest';
import { backoffDelayMs } from './backoff.js';

describe('mail retry back-off', () => {
  const middle = () => 0.5;

  it('doubles from 30 seconds after each failure', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(attempts, middle))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('never waits more than an hour', () => {
    expect(backoffDelayMs(8, middle)).toBe(3_600_000);
    expect(backoffDelayMs(50, middle)).toBe(3_600_000);
  });

  it('spreads retries by ±10 %', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(27_000);
    expect(backoffDelayMs(1, () => 1)).toBe(33_000);
  });
});

describe('mail retry back-off settings', () => {
  it('starts from the configured base and stops at the configured cap', () => {
    const settings = { baseSeconds: 10, maxSeconds: 35 };
    expect([1, 2, 3, 4].map((attempts) => backoffDelayMs(attempts, () => 0.5, settings))).toEqual([10_000, 20_000, 35_000, 35_000]);
  });
});
