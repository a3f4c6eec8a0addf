import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../../shared/auth/principal.js';
import { MembershipRole } from '../models/membership.js';
import { buildSupportAgent, buildUserPrincipal } from '../testing/builders.js';
import { teamFixture } from '../testing/team.js';
import { updateMembershipRole } from './update-membership-role.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const { inTeam, team } = teamFixture();
const alice = buildUserPrincipal();
const bruno = buildUserPrincipal();

describe("changing a member's role", () => {
  it('the last admin cannot be made a member, even by themself (LAST_ADMIN)', async () => {
    const self = inTeam(alice);
    const { deps, world, accessFor } = team(self);
    expect(await codeOf(updateMembershipRole({ accessTo: accessFor(alice), id: self.id, role: MembershipRole.MEMBER }, deps))).toBe('LAST_ADMIN');
    expect(world.memberships[0]!.role).toBe(MembershipRole.ADMIN);
  });

  it('an admin names a member ADMIN, who may then demote the first one', async () => {
    const first = inTeam(alice);
    const second = inTeam(bruno, MembershipRole.MEMBER);
    const { deps, accessFor } = team(first, second);
    expect(await updateMembershipRole({ accessTo: accessFor(alice), id: second.id, role: MembershipRole.ADMIN }, deps)).toMatchObject({ role: MembershipRole.ADMIN });
    expect(await updateMembershipRole({ accessTo: accessFor(bruno), id: first.id, role: MembershipRole.MEMBER }, deps)).toMatchObject({ role: MembershipRole.MEMBER });
  });

  it('a member may not change roles (FORBIDDEN); someone outside gets NOT_FOUND for the membership', async () => {
    const first = inTeam(alice);
    const second = inTeam(bruno, MembershipRole.MEMBER);
    const { deps, accessFor } = team(first, second);
    expect(await codeOf(updateMembershipRole({ accessTo: accessFor(bruno), id: second.id, role: MembershipRole.ADMIN }, deps))).toBe('FORBIDDEN');
    expect(await codeOf(updateMembershipRole({ accessTo: accessFor(buildUserPrincipal()), id: second.id, role: MembershipRole.ADMIN }, deps))).toBe('NOT_FOUND');
  });

  it('leaves a trail when support changes a role, none when an admin of the team does', async () => {
    const first = inTeam(alice);
    const second = inTeam(bruno, MembershipRole.MEMBER);
    const { deps, world, accessFor } = team(first, second);
    await updateMembershipRole({ accessTo: accessFor(alice), id: second.id, role: MembershipRole.ADMIN }, deps);
    expect(world.auditLog).toEqual([]);
    const agent = buildSupportAgent(SupportRole.SUPPORT);
    await updateMembershipRole({ accessTo: accessFor(agent), id: second.id, role: MembershipRole.MEMBER }, deps);
    expect(world.auditLog).toEqual([
      expect.objectContaining({ actorId: agent.userId, actorRole: 'SUPPORT', action: 'MEMBERSHIP_ROLE_CHANGED', targetId: second.id, before: expect.objectContaining({ role: 'ADMIN' }), after: expect.objectContaining({ role: 'MEMBER' }) }),
    ]);
  });

  it('METIER sees teams but may not run them (FORBIDDEN)', async () => {
    const first = inTeam(alice);
    const { deps, accessFor } = team(first, inTeam(bruno, MembershipRole.MEMBER));
    expect(await codeOf(updateMembershipRole({ accessTo: accessFor(buildSupportAgent(SupportRole.METIER)), id: first.id, role: MembershipRole.MEMBER }, deps))).toBe('FORBIDDEN');
  });
});
