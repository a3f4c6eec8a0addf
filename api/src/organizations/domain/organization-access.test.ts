import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../shared/auth/principal.js';
import { OrganizationAccess } from './organization-access.js';
import { type Membership, MembershipRole } from './models/membership.js';

const user = (supportRole: SupportRole | null = null) => ({ kind: 'user' as const, userId: 'u', sessionId: 's', supportRole });
const member = (role: MembershipRole) => ({ organizationId: 'o', userId: 'u', role }) as Membership;
const code = (act: () => unknown) => {
  try {
    act();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('OrganizationAccess (PRODUCT.md "Support area")', () => {
  it('answers an organisation the caller may not see as unknown (NOT_FOUND), never FORBIDDEN', () => {
    expect(code(() => OrganizationAccess.of(user(), null).assertCanRead())).toBe('NOT_FOUND');
    expect(code(() => OrganizationAccess.of(user(), null).assertCanManageTeam())).toBe('NOT_FOUND');
    expect(code(() => OrganizationAccess.of(user(SupportRole.CERTIF), null).assertCanRead())).toBe('NOT_FOUND');
  });

  it('keeps FORBIDDEN for what a member sees but may not do', () => {
    expect(code(() => OrganizationAccess.of(user(), member(MembershipRole.MEMBER)).assertCanManageTeam())).toBe('FORBIDDEN');
    expect(code(() => OrganizationAccess.of(user(), member(MembershipRole.ADMIN)).assertCanManageTeam())).toBe('ok');
  });

  it('lets METIER see organisations and teams but not their activity, nor run their teams', () => {
    const metier = OrganizationAccess.of(user(SupportRole.METIER), null);
    expect(code(() => metier.assertCanRead())).toBe('ok');
    expect(code(() => metier.assertCanReadActivity())).toBe('FORBIDDEN');
    expect(code(() => metier.assertCanManageTeam())).toBe('FORBIDDEN');
  });

  it('lets SUPPORT and SUPER_ADMIN see activity and run teams', () => {
    for (const role of [SupportRole.SUPPORT, SupportRole.SUPER_ADMIN]) {
      const access = OrganizationAccess.of(user(role), null);
      expect(code(() => access.assertCanReadActivity()), role).toBe('ok');
      expect(code(() => access.assertCanManageTeam()), role).toBe('ok');
    }
  });
});
