import { describe, expect, it } from 'vitest';
import { canLeave, canManageTeam } from './teamRights';

describe('team rights shown in the console', () => {
  it('lets the organisation’s administrators manage the team, not its members', () => {
    expect(canManageTeam({ viewerRole: 'ADMIN', supportRole: null })).toBe(true);
    expect(canManageTeam({ viewerRole: 'MEMBER', supportRole: null })).toBe(false);
  });

  it('lets SUPER_ADMIN and SUPPORT agents fix memberships, not METIER or CERTIF', () => {
    expect(canManageTeam({ viewerRole: null, supportRole: 'SUPER_ADMIN' })).toBe(true);
    expect(canManageTeam({ viewerRole: null, supportRole: 'SUPPORT' })).toBe(true);
    expect(canManageTeam({ viewerRole: null, supportRole: 'METIER' })).toBe(false);
    expect(canManageTeam({ viewerRole: null, supportRole: 'CERTIF' })).toBe(false);
  });

  it('offers "leave" to members only (support agents reading a team are not in it)', () => {
    expect(canLeave({ viewerRole: 'MEMBER', supportRole: null })).toBe(true);
    expect(canLeave({ viewerRole: 'ADMIN', supportRole: null })).toBe(true);
    expect(canLeave({ viewerRole: null, supportRole: 'SUPER_ADMIN' })).toBe(false);
  });
});
