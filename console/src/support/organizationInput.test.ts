import { describe, expect, it } from 'vitest';
import { organizationInput } from './dataProviders';

describe('organizationInput (support organisation form → API input)', () => {
  it('keeps only the input fields, with the network and parent as ids', () => {
    const record = {
      id: 'o1',
      name: 'Mission Locale de Limoges',
      type: 'MISSION_LOCALE',
      networkId: 'n1',
      network: { id: 'n1', name: 'UNML' },
      parentId: null,
      isArchived: false,
      createdAt: '2026-01-01T00:00:00Z',
      isCertificationCenter: false,
    };
    expect(organizationInput(record)).toEqual({ name: 'Mission Locale de Limoges', type: 'MISSION_LOCALE', networkId: 'n1', parentId: null, isCertificationCenter: false });
  });

  it('clears blank texts instead of sending empty strings the API would reject (SIRET...)', () => {
    expect(organizationInput({ siret: '  ', city: 'Limoges' })).toEqual({ siret: null, city: 'Limoges' });
  });
});
