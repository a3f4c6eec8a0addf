import { describe, expect, it } from 'vitest';
import { canManageNetworkAccesses, canManagePartnerClients, canManageSupportRoles, canOpen, supportAreas } from './capabilities';

describe('support area by role (mirrors the API’s @Authorized rules)', () => {
  it('shows everything to SUPER_ADMIN, the audit log to nobody else', () => {
    expect(supportAreas('SUPER_ADMIN')).toEqual(['organizations', 'creationRequests', 'users', 'campaigns', 'eligibility', 'mails', 'partners', 'networkAccesses', 'auditLog']);
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

  it('shows partner API clients to SUPPORT read-only: only SUPER_ADMIN creates, rotates and revokes them', () => {
    expect(canOpen('SUPPORT', 'partners')).toBe(true);
    expect(canOpen('METIER', 'partners')).toBe(false);
    expect(canOpen('CERTIF', 'partners')).toBe(false);
    expect(canManagePartnerClients('SUPER_ADMIN')).toBe(true);
    expect(canManagePartnerClients('SUPPORT')).toBe(false);
    expect(canManagePartnerClients(null)).toBe(false);
  });

  it('shows network accesses to SUPPORT read-only: only SUPER_ADMIN grants and revokes them', () => {
    expect(canOpen('SUPPORT', 'networkAccesses')).toBe(true);
    expect(canOpen('METIER', 'networkAccesses')).toBe(false);
    expect(canManageNetworkAccesses('SUPER_ADMIN')).toBe(true);
    expect(canManageNetworkAccesses('SUPPORT')).toBe(false);
  });
});
