import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../../shared/auth/principal.js';
import { MembershipRole } from '../models/membership.js';
import { buildSupportAgent, buildUserPrincipal } from '../testing/builders.js';
import { teamFixture } from '../testing/team.js';
import { removeMembership } from './remove-membership.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const { organization, inTeam, team } = teamFixture();
const alice = buildUserPrincipal();
const bruno = buildUserPrincipal();

describe('removing a member', () => {
  it('the last admin cannot be removed (LAST_ADMIN), not even by support', async () => {
    const self = inTeam(alice);
    const { deps, accessFor } = team(self, inTeam(bruno, MembershipRole.MEMBER));
    expect(await codeOf(removeMembership({ accessTo: accessFor(alice), id: self.id }, deps))).toBe('LAST_ADMIN');
    expect(await codeOf(removeMembership({ accessTo: accessFor(buildSupportAgent(SupportRole.SUPER_ADMIN)), id: self.id }, deps))).toBe('LAST_ADMIN');
  });

  it('an admin removes a member: access is lost at once, the membership stays as history', async () => {
    const admin = inTeam(alice);
    const member = inTeam(bruno, MembershipRole.MEMBER);
    const { deps, world, accessFor } = team(admin, member);
    const removed = await removeMembership({ accessTo: accessFor(alice), id: member.id }, deps);
    expect(removed.disabledAt).toEqual(deps.now());
    expect(world.memberships).toHaveLength(2);
    expect(await deps.memberships.findActive(organization.id, bruno.userId)).toBeNull();
    // Removed twice: the membership is no longer there to remove.
    expect(await codeOf(removeMembership({ accessTo: accessFor(alice), id: member.id }, deps))).toBe('NOT_FOUND');
  });
});
