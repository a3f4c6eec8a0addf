import { describe, expect, it } from 'vitest';
import { InvitationStatus } from '../models/invitation.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import { buildInvitation, buildMembership, buildOrganization, buildUser, buildUserPrincipal, daysAfter, NOW } from '../testing/builders.js';
import { inMemoryOrganizations } from '../testing/in-memory.js';
import type { Invitation } from '../models/invitation.js';
import { acceptInvitation } from './accept-invitation.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const organization = buildOrganization();
const invitee = buildUser({ email: 'jeanne.martin@exemple.fr' });
const actor = buildUserPrincipal({ userId: invitee.id });

function accept(invitation: Invitation, { memberships = [] as Membership[], now = NOW, org = organization } = {}) {
  const { deps, world } = inMemoryOrganizations({ organizations: [org], users: [invitee], invitations: [invitation], memberships }, { now });
  const outcome = acceptInvitation({ actor, id: invitation.id, code: invitation.code }, deps);
  return { outcome, world };
}
const invitationTo = (overrides: Partial<Invitation> = {}) => buildInvitation({ organizationId: organization.id, email: invitee.email, ...overrides });

describe('accepting an invitation (guide p.52)', () => {
  it('makes the first person to join an empty organisation its ADMIN', async () => {
    expect(await accept(invitationTo()).outcome).toMatchObject({ organizationId: organization.id, userId: invitee.id, role: MembershipRole.ADMIN });
  });

  it('makes anyone joining a team a MEMBER, unless the invitation names a role', async () => {
    const team = [buildMembership({ organizationId: organization.id })];
    expect(await accept(invitationTo(), { memberships: team }).outcome).toMatchObject({ role: MembershipRole.MEMBER });
    expect(await accept(invitationTo({ role: MembershipRole.ADMIN }), { memberships: team }).outcome).toMatchObject({ role: MembershipRole.ADMIN });
  });

  it('is for the invited address only: another account gets INVITATION_EMAIL_MISMATCH with the masked address, and the invitation stays pending', async () => {
    const { outcome, world } = accept(invitationTo({ email: 'paul.dupont@exemple.fr' }));
    await expect(outcome).rejects.toMatchObject({ code: 'INVITATION_EMAIL_MISMATCH', details: { maskedEmail: 'p***@exemple.fr' } });
    expect(world.invitations[0]!.status).toBe(InvitationStatus.PENDING);
    expect(world.memberships).toEqual([]);
  });

  it('is spent once accepted: the second time says INVITATION_NOT_PENDING', async () => {
    const invitation = invitationTo();
    const { deps, world } = inMemoryOrganizations({ organizations: [organization], users: [invitee], invitations: [invitation] });
    await acceptInvitation({ actor, id: invitation.id, code: invitation.code }, deps);
    expect(await codeOf(acceptInvitation({ actor, id: invitation.id, code: invitation.code }, deps))).toBe('INVITATION_NOT_PENDING');
    expect(world.memberships).toHaveLength(1);
  });

  it('is refused after its expiry, once cancelled, in an archived organisation, and with a wrong code', async () => {
    expect(await codeOf(accept(invitationTo(), { now: daysAfter(NOW, 31) }).outcome)).toBe('INVITATION_EXPIRED');
    expect(await codeOf(accept(invitationTo({ status: InvitationStatus.CANCELLED })).outcome)).toBe('INVITATION_NOT_PENDING');
    const archived = buildOrganization({ id: organization.id, archivedAt: NOW });
    expect(await codeOf(accept(invitationTo(), { org: archived }).outcome)).toBe('ORGANIZATION_ARCHIVED');
    const invitation = invitationTo();
    const { deps } = inMemoryOrganizations({ organizations: [organization], users: [invitee], invitations: [invitation] });
    expect(await codeOf(acceptInvitation({ actor, id: invitation.id, code: 'WRONGCODE0' }, deps))).toBe('NOT_FOUND');
  });

  it('an invitation without a role for someone already in the team: ALREADY_MEMBER, and it is spent', async () => {
    const { outcome, world } = accept(invitationTo(), { memberships: [buildMembership({ organizationId: organization.id, userId: invitee.id, role: MembershipRole.MEMBER })] });
    expect(await codeOf(outcome)).toBe('ALREADY_MEMBER');
    expect(world.invitations[0]!.status).toBe(InvitationStatus.ACCEPTED);
  });

  it("an invitation with a role changes a member's role, but never demotes the last admin (LAST_ADMIN)", async () => {
    const member = buildMembership({ organizationId: organization.id, userId: invitee.id, role: MembershipRole.MEMBER });
    expect(await accept(invitationTo({ role: MembershipRole.ADMIN }), { memberships: [member] }).outcome).toMatchObject({ id: member.id, role: MembershipRole.ADMIN });
    const lastAdmin = buildMembership({ organizationId: organization.id, userId: invitee.id, role: MembershipRole.ADMIN });
    expect(await codeOf(accept(invitationTo({ role: MembershipRole.MEMBER }), { memberships: [lastAdmin] }).outcome)).toBe('LAST_ADMIN');
  });
});
