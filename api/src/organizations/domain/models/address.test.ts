import { describe, expect, it } from 'vitest';
import { type Address, addressOf, changedAddress } from './address.js';

function buildAddress(overrides: Partial<Address> = {}): Address {
  return { street: '12 rue des Arts', postalCode: '87000', city: 'Limoges', department: 'Haute-Vienne', region: 'Nouvelle-Aquitaine', ...overrides };
}

describe('the postal address', () => {
  it('reads a part left out of a form as unknown (null)', () => {
    expect(addressOf({ city: 'Tulle', postalCode: '19000' })).toEqual({ street: null, postalCode: '19000', city: 'Tulle', department: null, region: null });
    expect(addressOf({})).toEqual({ street: null, postalCode: null, city: null, department: null, region: null });
  });

  it('changes only the parts given: a part left out stays, null clears it', () => {
    expect(changedAddress(buildAddress(), { city: 'Saint-Junien', street: null })).toEqual(buildAddress({ city: 'Saint-Junien', street: null }));
  });

  it('is no change at all when no part is given', () => {
    expect(changedAddress(buildAddress(), {})).toBeNull();
    expect(changedAddress(buildAddress(), { city: undefined })).toBeNull();
  });
});
