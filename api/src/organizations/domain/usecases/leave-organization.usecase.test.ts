import { describe, expect, it } from 'vitest';
import { MembershipRole } from '../models/membership.js';
import { buildMembership, buildOrganization, buildSupportAgent, buildUserPrincipal } from '../testing/builders.js';
import { inMemoryOrganizations } from '../testing/in-memory.js';
import { SupportRole } from '../../../shared/auth/principal.js';
import { leaveOrganization } from './leave-organization.usecase.js';

const organization = buildOrganization();
const alice = buildUserPrincipal();
const bruno = buildUserPrincipal();

async function leave(who: typeof alice, memberships: ReturnType<typeof buildMembership>[]) {
  const { deps, world, accessFor } = inMemoryOrganizations({ organizations: [organization], memberships });
  const access = await accessFor(who)(organization.id);
  const outcome = await leaveOrganization({ access, organizationId: organization.id }, deps).catch((error: { code: string }) => error.code);
  return { outcome, active: world.memberships.filter((m) => m.disabledAt === null).map((m) => m.userId) };
}

describe('leaving an organisation', () => {
  it('the last admin cannot leave (LAST_ADMIN) and stays a member', async () => {
    expect(await leave(alice, [buildMembership({ organizationId: organization.id, userId: alice.userId })])).toEqual({ outcome: 'LAST_ADMIN', active: [alice.userId] });
  });

  it('an admin may leave once another admin is named', async () => {
    const team = [buildMembership({ organizationId: organization.id, userId: alice.userId }), buildMembership({ organizationId: organization.id, userId: bruno.userId })];
    expect(await leave(alice, team)).toEqual({ outcome: true, active: [bruno.userId] });
  });

  it('a member may leave even when the team has a single admin', async () => {
    const team = [buildMembership({ organizationId: organization.id, userId: alice.userId }), buildMembership({ organizationId: organization.id, userId: bruno.userId, role: MembershipRole.MEMBER })];
    expect(await leave(bruno, team)).toEqual({ outcome: true, active: [alice.userId] });
  });

  it('someone outside the organisation learns nothing of it (NOT_FOUND); support sees it but has nothing to leave (FORBIDDEN)', async () => {
    const team = [buildMembership({ organizationId: organization.id, userId: alice.userId })];
    expect((await leave(bruno, team)).outcome).toBe('NOT_FOUND');
    expect((await leave(buildSupportAgent(SupportRole.SUPPORT), team)).outcome).toBe('FORBIDDEN');
  });
});
