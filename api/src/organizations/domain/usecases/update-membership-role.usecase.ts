import type { OrganizationsDependencies } from '../dependencies.js';
import { MembershipNotFoundError } from '../errors.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import type { AccessLookup } from '../organization-access.js';
import { recordSupportAction } from './record-support-action.js';
import { assertNotLastAdmin } from './team-rules.js';

export async function updateMembershipRole(
  { accessTo, id, role }: { accessTo: AccessLookup; id: string; role: MembershipRole },
  deps: OrganizationsDependencies,
): Promise<Membership> {
  const membership = await deps.memberships.getActive(id);
  const access = (await accessTo(membership.organizationId)).assertCanManageTeam(() => new MembershipNotFoundError());
  return deps.transaction(async (tx) => {
    await tx.organizations.getForUpdate(membership.organizationId);
    const current = await tx.memberships.getActive(membership.id);
    if (current.role === role) return current;
    if (role !== MembershipRole.ADMIN) await assertNotLastAdmin(current, tx);
    const before = { ...current };
    const updated = await tx.memberships.updateRole(current.id, role, tx.now());
    if (access.actsAsSupport) await recordSupportAction(tx, access.principal, 'MEMBERSHIP_ROLE_CHANGED', { type: 'Membership', id: current.id }, before, updated);
    return updated;
  });
}
