import { describe, expect, it } from 'vitest';
import { canManageSupportRoles, canOpen, supportAreas } from './capabilities';

describe('support area by role (mirrors the API’s @Authorized rules)', () => {
  it('shows everything to SUPER_ADMIN, the audit log to nobody else', () => {
    expect(supportAreas('SUPER_ADMIN')).toEqual(['organizations', 'creationRequests', 'users', 'campaigns', 'eligibility', 'mails', 'auditLog']);
    expect(canOpen('SUPPORT', 'auditLog')).toBe(false);
  });

  it('gives SUPPORT users, campaigns and the outbox; METIER organisations and their requests only', () => {
    expect(canOpen('SUPPORT', 'users')).toBe(true);
    expect(canOpen('SUPPORT', 'mails')).toBe(true);
    expect(supportAreas('METIER')).toEqual(['organizations', 'creationRequests']);
  });

  it('gives CERTIF the eligibility look-up only, and people without a support role nothing', () => {
    expect(supportAreas('CERTIF')).toEqual(['eligibility']);
    expect(canOpen('METIER', 'eligibility')).toBe(false);
    expect(supportAreas(null)).toEqual([]);
  });

  it('lets only SUPER_ADMIN name support agents', () => {
    expect(canManageSupportRoles('SUPER_ADMIN')).toBe(true);
    expect(canManageSupportRoles('SUPPORT')).toBe(false);
    expect(canManageSupportRoles(null)).toBe(false);
  });
});
