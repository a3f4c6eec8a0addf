import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../../shared/auth/principal.js';
import { InvitationStatus } from '../models/invitation.js';
import { buildInvitation, buildOrganization, buildSupportAgent, NOW } from '../testing/builders.js';
import { inMemoryOrganizations } from '../testing/in-memory.js';
import { archiveOrganization } from './archive-organization.usecase.js';

const agent = buildSupportAgent(SupportRole.SUPPORT);

describe('archiving an organisation', () => {
  it('closes the space: pending invitations are cancelled, accepted ones kept, and the action is audited', async () => {
    const organization = buildOrganization();
    const pending = buildInvitation({ organizationId: organization.id });
    const accepted = buildInvitation({ organizationId: organization.id, status: InvitationStatus.ACCEPTED });
    const { deps, world } = inMemoryOrganizations({ organizations: [organization], invitations: [pending, accepted] });
    expect(await archiveOrganization({ actor: agent, id: organization.id }, deps)).toMatchObject({ archivedAt: NOW, archivedById: agent.userId });
    expect(world.invitations.map((invitation) => invitation.status)).toEqual([InvitationStatus.CANCELLED, InvitationStatus.ACCEPTED]);
    expect(world.auditLog).toEqual([expect.objectContaining({ action: 'ORGANIZATION_ARCHIVED', actorId: agent.userId, after: expect.objectContaining({ cancelledInvitations: 1 }) })]);
  });

  it('twice changes nothing and writes no second trail', async () => {
    const archivedAt = new Date('2026-11-01T10:00:00Z');
    const organization = buildOrganization({ archivedAt, archivedById: 'someone' });
    const { deps, world } = inMemoryOrganizations({ organizations: [organization] });
    expect(await archiveOrganization({ actor: agent, id: organization.id }, deps)).toMatchObject({ archivedAt, archivedById: 'someone' });
    expect(world.auditLog).toEqual([]);
  });
});
