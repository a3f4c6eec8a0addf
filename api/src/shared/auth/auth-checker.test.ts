import { describe, expect, it } from 'vitest';
import { isAllowed } from './auth-checker.js';
import { ANONYMOUS, ASSESSMENT_ENGINE, SupportRole, type Principal } from './principal.js';

const check = (principal: Principal, roles: string[]) => isAllowed(principal, roles);

const user = (supportRole: SupportRole | null): Principal => ({ kind: 'user', userId: 'u', sessionId: 's', supportRole });

describe('auth checker', () => {
  it('lets any signed-in user through @Authorized() and no one else', () => {
    expect(check(user(null), [])).toBe(true);
    expect(check(ANONYMOUS, [])).toBe(false);
    expect(check({ kind: 'service', service: ASSESSMENT_ENGINE }, [])).toBe(false);
  });

  it('reserves ENGINE to the assessment engine, even against a super admin', () => {
    expect(check({ kind: 'service', service: ASSESSMENT_ENGINE }, ['ENGINE'])).toBe(true);
    expect(check(user(SupportRole.SUPER_ADMIN), ['ENGINE'])).toBe(false);
    expect(check(user(SupportRole.SUPPORT), ['ENGINE'])).toBe(false);
    expect(check(user(null), ['ENGINE'])).toBe(false);
  });

  it('grants support roles by name, SUPER_ADMIN everywhere', () => {
    expect(check(user(SupportRole.CERTIF), ['CERTIF'])).toBe(true);
    expect(check(user(SupportRole.CERTIF), ['SUPPORT'])).toBe(false);
    expect(check(user(SupportRole.SUPER_ADMIN), ['METIER'])).toBe(true);
    expect(check(user(null), ['SUPPORT'])).toBe(false);
  });
});
