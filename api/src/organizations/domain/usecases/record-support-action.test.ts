import { describe, expect, it } from 'vitest';
import type { OrganizationsDependencies } from '../dependencies.js';
import { recordSupportAction } from './record-support-action.js';

describe('the audit trail of a support action', () => {
  it("keeps an address's parts as fields of their own, the shape entries have always had", async () => {
    const recorded: { before: unknown; after: unknown }[] = [];
    const deps = { auditLog: { record: async (entry: { before: unknown; after: unknown }) => void recorded.push(entry) }, now: () => new Date(0) } as unknown as OrganizationsDependencies;
    const address = { street: null, postalCode: '87000', city: 'Limoges', department: null, region: null };
    await recordSupportAction(deps, { kind: 'user', userId: 'u', sessionId: 's', supportRole: null } as never, 'ORGANIZATION_UPDATED', { type: 'Organization', id: 'o' },
      { id: 'o', name: 'Mission Locale', address }, { id: 'o', name: 'Mission Locale', address: { ...address, city: 'Tulle' } });
    expect(recorded[0]).toMatchObject({
      before: { id: 'o', name: 'Mission Locale', street: null, postalCode: '87000', city: 'Limoges', department: null, region: null },
      after: { id: 'o', name: 'Mission Locale', street: null, postalCode: '87000', city: 'Tulle', department: null, region: null },
    });
    expect(recorded[0]!.before).not.toHaveProperty('address');
  });
});
