import { describe, expect, it } from 'vitest';
import { normalizeCode } from './campaignCode';

describe('a typed code parcours', () => {
  it('forgives case and spaces', () => {
    expect(normalizeCode(' jeunes 287 ')).toBe('JEUNES287');
    expect(normalizeCode('capnum\u00a0287')).toBe('CAPNUM287');
  });
});
