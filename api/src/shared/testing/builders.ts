import type { SupportRole, UserPrincipal } from '../auth/principal.js';

/**
 * What every context's unit-test builders share (each context has its own in
 * <context>/domain/testing/builders.ts): the moment tests count from, and who is asking.
 */
let sequence = 0;

/** Every builder's dates default to this moment (1 Dec 2026, 10:00 UTC), so tests count days from it. */
export const NOW = new Date('2026-12-01T10:00:00.000Z');
const DAY_MS = 24 * 3600 * 1000;
export const daysAfter = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** A signed-in person, with no support role unless given. */
export function buildUserPrincipal(overrides: Partial<Omit<UserPrincipal, 'kind'>> = {}): UserPrincipal {
  sequence += 1;
  return { kind: 'user', userId: `user-${sequence}`, sessionId: `session-${sequence}`, supportRole: null, ...overrides };
}

export function buildSupportAgent(supportRole: SupportRole, overrides: Partial<Omit<UserPrincipal, 'kind' | 'supportRole'>> = {}): UserPrincipal {
  return buildUserPrincipal({ ...overrides, supportRole });
}
