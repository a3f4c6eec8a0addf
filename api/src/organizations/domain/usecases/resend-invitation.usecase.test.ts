import { describe, expect, it } from 'vitest';
import { InvitationStatus } from '../models/invitation.js';
import { MembershipRole } from '../models/membership.js';
import { buildInvitation, buildMembership, buildOrganization, buildUserPrincipal, daysAfter, NOW } from '../testing/builders.js';
import { inMemoryOrganizations } from '../testing/in-memory.js';
import { cancelInvitation } from './cancel-invitation.usecase.js';
import { resendInvitation } from './resend-invitation.usecase.js';

const organization = buildOrganization();
const admin = buildUserPrincipal();
const team = [buildMembership({ organizationId: organization.id, userId: admin.userId, role: MembershipRole.ADMIN })];
const sentAt = (minutesAgo: number, now: Date) => new Date(now.getTime() - minutesAgo * 60_000);

function world(invitation: ReturnType<typeof buildInvitation>, { now = NOW, org = organization } = {}) {
  return inMemoryOrganizations({ organizations: [org], memberships: team, invitations: [invitation] }, { now });
}

describe('sending an invitation again', () => {
  it('sends the same code again and gives it a fresh 30 days', async () => {
    const invitation = buildInvitation({ organizationId: organization.id, code: 'SAMECODE12', lastSentAt: sentAt(60, NOW) });
    const { deps, world: after, accessFor } = world(invitation);
    expect(await resendInvitation({ accessTo: accessFor(admin), id: invitation.id }, deps)).toMatchObject({ code: 'SAMECODE12', expiresAt: daysAfter(NOW, 30), lastSentAt: NOW });
    expect(after.outbox.map((mail) => mail.to)).toEqual([invitation.email]);
  });

  it('not twice within 5 minutes: TOO_MANY_ATTEMPTS says how many seconds to wait, and nothing is sent', async () => {
    const invitation = buildInvitation({ organizationId: organization.id, lastSentAt: sentAt(1, NOW) });
    const { deps, world: after, accessFor } = world(invitation);
    await expect(resendInvitation({ accessTo: accessFor(admin), id: invitation.id }, deps)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 240 } });
    expect(after.outbox).toEqual([]);
  });

  it('is refused for a cancelled invitation (INVITATION_NOT_PENDING) and in an archived organisation (ORGANIZATION_ARCHIVED)', async () => {
    const cancelled = buildInvitation({ organizationId: organization.id, status: InvitationStatus.CANCELLED, lastSentAt: sentAt(60, NOW) });
    const first = world(cancelled);
    await expect(resendInvitation({ accessTo: first.accessFor(admin), id: cancelled.id }, first.deps)).rejects.toMatchObject({ code: 'INVITATION_NOT_PENDING' });
    const pending = buildInvitation({ organizationId: organization.id, lastSentAt: sentAt(60, NOW) });
    const archived = world(pending, { org: { ...organization, archivedAt: NOW } });
    await expect(resendInvitation({ accessTo: archived.accessFor(admin), id: pending.id }, archived.deps)).rejects.toMatchObject({ code: 'ORGANIZATION_ARCHIVED' });
  });
});

describe('cancelling an invitation', () => {
  it('stops its link at once; cancelling again is INVITATION_NOT_PENDING', async () => {
    const invitation = buildInvitation({ organizationId: organization.id });
    const { deps, accessFor } = world(invitation);
    expect(await cancelInvitation({ accessTo: accessFor(admin), id: invitation.id }, deps)).toMatchObject({ status: InvitationStatus.CANCELLED, cancelledAt: NOW });
    await expect(cancelInvitation({ accessTo: accessFor(admin), id: invitation.id }, deps)).rejects.toMatchObject({ code: 'INVITATION_NOT_PENDING', details: { status: 'CANCELLED' } });
  });

  it('answers someone outside the organisation as for an unknown invitation (NOT_FOUND)', async () => {
    const invitation = buildInvitation({ organizationId: organization.id });
    const { deps, world: after, accessFor } = world(invitation);
    await expect(cancelInvitation({ accessTo: accessFor(buildUserPrincipal()), id: invitation.id }, deps)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Invitation introuvable.' });
    expect(after.invitations[0]!.status).toBe(InvitationStatus.PENDING);
  });
});
