import { describe, expect, it } from 'vitest';
import { MembershipRole } from './models/membership.js';
import { defaultRoleOnJoining, demotesLastAdmin, isLastAdmin } from './team-rules.js';
import { buildMembership } from './testing/builders.js';

const admin = buildMembership({ role: MembershipRole.ADMIN });
const member = buildMembership({ role: MembershipRole.MEMBER });

describe('the team keeps an administrator (guide p.52)', () => {
  it('the last admin cannot leave nor be removed; with a second admin they can', () => {
    expect(isLastAdmin(admin, 1)).toBe(true);
    expect(isLastAdmin(admin, 2)).toBe(false);
  });

  it('a member can always leave or be removed, even when the organisation has one admin', () => {
    expect(isLastAdmin(member, 1)).toBe(false);
    expect(isLastAdmin(member, 0)).toBe(false);
  });

  it('the last admin cannot be made a member; a second admin can; naming an admin ADMIN again is no demotion', () => {
    expect(demotesLastAdmin(admin, MembershipRole.MEMBER, 1)).toBe(true);
    expect(demotesLastAdmin(admin, MembershipRole.MEMBER, 2)).toBe(false);
    expect(demotesLastAdmin(admin, MembershipRole.ADMIN, 1)).toBe(false);
  });

  it('promoting a member is never refused', () => {
    expect(demotesLastAdmin(member, MembershipRole.ADMIN, 1)).toBe(false);
  });
});

describe('the role an invitation without a role gives', () => {
  it('makes the first member of an empty organisation its ADMIN, anyone after a MEMBER', () => {
    expect(defaultRoleOnJoining(0)).toBe(MembershipRole.ADMIN);
    expect(defaultRoleOnJoining(1)).toBe(MembershipRole.MEMBER);
    expect(defaultRoleOnJoining(12)).toBe(MembershipRole.MEMBER);
  });
});
