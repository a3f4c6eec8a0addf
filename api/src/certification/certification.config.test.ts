import { describe, expect, it } from 'vitest';
import { certificationSettings } from './certification.config.js';

describe('certification settings', () => {
  it('caps levels at 5 by default, as Pix does today', () => {
    expect(certificationSettings({})).toEqual({ maxReachableLevel: 5 });
  });

  it('reads MAX_REACHABLE_LEVEL and refuses a level outside 1-8', () => {
    expect(certificationSettings({ MAX_REACHABLE_LEVEL: '8' })).toEqual({ maxReachableLevel: 8 });
    expect(() => certificationSettings({ MAX_REACHABLE_LEVEL: '9' })).toThrow(/MAX_REACHABLE_LEVEL/);
    expect(() => certificationSettings({ MAX_REACHABLE_LEVEL: 'five' })).toThrow(/MAX_REACHABLE_LEVEL/);
  });
});
