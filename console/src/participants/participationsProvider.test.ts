import { describe, expect, it } from 'vitest';
import { toApiFilter, toApiOrder } from './participationsProvider';

describe("the participants tab's filters as the API takes them", () => {
  it('maps the search box, the status and the certifiable select', () => {
    expect(toApiFilter({ campaignId: 'c1', q: '  dur ', status: 'TO_SHARE', certifiable: 'true' })).toEqual({ search: 'dur', status: 'TO_SHARE', certifiable: true });
    expect(toApiFilter({ certifiable: 'false' })).toEqual({ search: undefined, status: undefined, certifiable: false });
    expect(toApiFilter({ q: '   ' })).toEqual({ search: undefined, status: undefined, certifiable: undefined });
  });

  it('sorts by start date when that column is chosen, by name otherwise', () => {
    expect(toApiOrder('startedAt')).toBe('DATE');
    expect(toApiOrder('name')).toBe('NAME');
    expect(toApiOrder(undefined)).toBe('NAME');
  });
});
