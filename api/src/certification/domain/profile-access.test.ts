import { describe, expect, it } from 'vitest';
import { ANONYMOUS, ASSESSMENT_ENGINE, SupportRole, type Principal } from '../../shared/auth/principal.js';
import { assertCanReadProfile } from './profile-access.js';

const user = (userId: string, supportRole: SupportRole | null = null): Principal => ({ kind: 'user', userId, sessionId: 's', supportRole });
const codeOf = (actor: Principal) => {
  try {
    assertCanReadProfile(actor, 'owner');
    return 'ALLOWED';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('who may read a profile', () => {
  it('lets the person read their own', () => {
    expect(codeOf(user('owner'))).toBe('ALLOWED');
  });

  it('lets CERTIF, SUPPORT and SUPER_ADMIN read anyone’s, not METIER', () => {
    expect(codeOf(user('agent', SupportRole.CERTIF))).toBe('ALLOWED');
    expect(codeOf(user('agent', SupportRole.SUPPORT))).toBe('ALLOWED');
    expect(codeOf(user('agent', SupportRole.SUPER_ADMIN))).toBe('ALLOWED');
    expect(codeOf(user('agent', SupportRole.METIER))).toBe('FORBIDDEN');
  });

  it('refuses another person (FORBIDDEN), the engine (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED)', () => {
    expect(codeOf(user('someone-else'))).toBe('FORBIDDEN');
    expect(codeOf({ kind: 'service', service: ASSESSMENT_ENGINE })).toBe('FORBIDDEN');
    expect(codeOf(ANONYMOUS)).toBe('UNAUTHENTICATED');
  });
});
