import { describe, expect, it } from 'vitest';
import { formatDate } from './export-campaign-results.usecase.js';

describe('the export’s dates', () => {
  it('give the day in France as Intl does, every 17 minutes across two years of daylight-saving changes (formatted once an hour)', () => {
    const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
    const mismatches: string[] = [];
    for (let time = Date.UTC(2025, 0, 1); time < Date.UTC(2027, 0, 1); time += 17 * 60_000) {
      const date = new Date(time);
      if (formatDate(date) !== paris.format(date)) mismatches.push(date.toISOString());
    }
    expect(mismatches).toEqual([]);
    expect(formatDate(new Date('2026-03-28T23:30:00Z'))).toBe('29/03/2026');
    expect(formatDate(new Date('2026-10-24T22:30:00Z'))).toBe('25/10/2026');
    expect(formatDate(null)).toBe('');
  });
});
