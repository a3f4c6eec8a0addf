import { describe, expect, it } from 'vitest';
import { formatShareRate } from './statistics';

describe('formatShareRate', () => {
  it('writes the rate as a whole percentage, French spacing by default', () => {
    expect(formatShareRate(0.67, 'fr').replace(/\s/g, ' ')).toBe('67 %');
    expect(formatShareRate(0.5, 'en')).toBe('50%');
    expect(formatShareRate(0, 'fr').replace(/\s/g, ' ')).toBe('0 %');
  });
});
