import type { OrganizationsDependencies } from '../dependencies.js';
import { MembershipNotFoundError } from '../errors.js';
import type { Membership } from '../models/membership.js';
import type { AccessLookup } from '../organization-access.js';
import { recordSupportAction } from './record-support-action.js';
import { assertNotLastAdmin } from './team-rules.js';

/** Removes a member: they lose access at once; the membership stays as history. */
export async function removeMembership(
  { accessTo, id }: { accessTo: AccessLookup; id: string },
  deps: OrganizationsDependencies,
): Promise<Membership> {
  const membership = await deps.memberships.getActive(id);
  const access = (await accessTo(membership.organizationId)).assertCanManageTeam(() => new MembershipNotFoundError());
  return deps.transaction(async (tx) => {
    await tx.organizations.getForUpdate(membership.organizationId);
    const current = await tx.memberships.getActive(membership.id);
    await assertNotLastAdmin(current, tx);
    const now = tx.now();
    await tx.memberships.markAsDisabled(current.id, now);
    if (access.actsAsSupport) await recordSupportAction(tx, access.principal, 'MEMBERSHIP_REMOVED', { type: 'Membership', id: current.id }, current, null);
    return { ...current, disabledAt: now };
  });
}
