import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, generateCampaignCode, normalizeCampaignCode } from './campaign.js';

describe('campaign codes', () => {
  it('are 6 letters without I, L, O then 3 digits from 2 to 9', () => {
    for (let index = 0; index < 2000; index += 1) expect(generateCampaignCode()).toMatch(CODE_PATTERN);
  });

  it('use every allowed letter and digit (drawn from the CSPRNG, not a narrow range)', () => {
    const seen = new Set([...Array.from({ length: 3000 }, generateCampaignCode).join('')]);
    expect([...seen].sort().join('')).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
  });

  it('accept what a participant types: spaces and lower case', () => {
    expect(normalizeCampaignCode(' tumyuz 238 ')).toBe('TUMYUZ238');
  });
});
