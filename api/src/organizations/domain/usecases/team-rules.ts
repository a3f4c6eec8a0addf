import type { OrganizationsDependencies } from '../dependencies.js';
import { LastAdminError } from '../errors.js';
import { type Membership, MembershipRole } from '../models/membership.js';

/**
 * The last active ADMIN can neither leave nor be demoted or removed. Call inside a transaction
 * that holds the organisation's lock (`getForUpdate`), so that two admins demoting each other at
 * the same moment cannot both succeed.
 */
export async function assertNotLastAdmin(membership: Membership, tx: OrganizationsDependencies): Promise<void> {
  if (membership.role !== MembershipRole.ADMIN) return;
  if ((await tx.memberships.countActiveAdmins(membership.organizationId)) <= 1) throw new LastAdminError();
}
