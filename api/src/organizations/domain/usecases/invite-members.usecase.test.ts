import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../../shared/auth/principal.js';
import { MembershipRole } from '../models/membership.js';
import { buildInvitation, buildOrganization, buildOrganizationAccess, buildSupportAgent, daysAfter, NOW } from '../testing/builders.js';
import { inMemoryOrganizations } from '../testing/in-memory.js';
import { OrganizationAccess } from '../organization-access.js';
import { inviteMembers } from './invite-members.usecase.js';

const organization = buildOrganization();
const admin = buildOrganizationAccess({ organizationId: organization.id });
const invite = (emails: string[], { access = admin, now = NOW, org = organization, invitations = [] as ReturnType<typeof buildInvitation>[] } = {}) => {
  const { deps, world } = inMemoryOrganizations({ organizations: [org], invitations }, { now });
  return { result: inviteMembers({ access, organizationId: organization.id, emails, role: null }, deps), world };
};

describe('inviting members (guide p.52)', () => {
  it('sends one e-mail per address, each once, with a link valid 30 days', async () => {
    const { result, world } = invite(['jeanne@exemple.fr', ' JEANNE@exemple.fr ', 'paul@exemple.fr']);
    const invitations = await result;
    expect(invitations.map((invitation) => [invitation.email, invitation.expiresAt])).toEqual([
      ['jeanne@exemple.fr', daysAfter(NOW, 30)],
      ['paul@exemple.fr', daysAfter(NOW, 30)],
    ]);
    expect(world.outbox.map((mail) => [mail.template, mail.to])).toEqual([['invitation', 'jeanne@exemple.fr'], ['invitation', 'paul@exemple.fr']]);
  });

  it('renews a pending invitation with the same code ("resend"), but sends nothing within 5 minutes of the last e-mail', async () => {
    const pending = buildInvitation({ organizationId: organization.id, email: 'jeanne@exemple.fr', code: 'KEEPTHIS12', lastSentAt: NOW });
    const soon = invite(['jeanne@exemple.fr'], { invitations: [{ ...pending }], now: new Date(NOW.getTime() + 60_000) });
    expect(await soon.result).toEqual([expect.objectContaining({ id: pending.id, expiresAt: pending.expiresAt })]);
    expect(soon.world.outbox).toEqual([]);
    const later = invite(['jeanne@exemple.fr'], { invitations: [{ ...pending }], now: daysAfter(NOW, 2) });
    expect(await later.result).toEqual([expect.objectContaining({ id: pending.id, code: 'KEEPTHIS12', expiresAt: daysAfter(NOW, 32) })]);
    expect(later.world.outbox).toHaveLength(1);
  });

  it('refuses an archived organisation (ORGANIZATION_ARCHIVED) and sends nothing', async () => {
    const { result, world } = invite(['jeanne@exemple.fr'], { org: buildOrganization({ id: organization.id, archivedAt: NOW }) });
    await expect(result).rejects.toMatchObject({ code: 'ORGANIZATION_ARCHIVED' });
    expect(world.outbox).toEqual([]);
  });

  it('is for admins: a member is FORBIDDEN, someone outside gets NOT_FOUND', async () => {
    await expect(invite(['jeanne@exemple.fr'], { access: buildOrganizationAccess({ role: MembershipRole.MEMBER }) }).result).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(invite(['jeanne@exemple.fr'], { access: buildOrganizationAccess({ role: null }) }).result).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('leaves a trail when support invites, none when an admin does', async () => {
    const byAdmin = invite(['jeanne@exemple.fr']);
    await byAdmin.result;
    expect(byAdmin.world.auditLog).toEqual([]);
    const agent = buildSupportAgent(SupportRole.SUPPORT);
    const bySupport = invite(['paul@exemple.fr'], { access: OrganizationAccess.of(agent, null) });
    await bySupport.result;
    expect(bySupport.world.auditLog).toEqual([
      expect.objectContaining({ actorId: agent.userId, action: 'MEMBERS_INVITED', targetId: organization.id, after: { emails: ['paul@exemple.fr'], role: null } }),
    ]);
  });
});
