import type { OrganizationsDependencies } from '../dependencies.js';
import { LastAdminError } from '../errors.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import { isLastAdmin } from '../team-rules.js';

/**
 * The last active ADMIN can neither leave nor be demoted or removed (../team-rules.ts). Call inside
 * a transaction that holds the organisation's lock (`getForUpdate`), so that two admins demoting
 * each other at the same moment cannot both succeed.
 */
export async function assertNotLastAdmin(membership: Membership, tx: OrganizationsDependencies): Promise<void> {
  // A MEMBER is never the last admin: no count to read.
  if (membership.role !== MembershipRole.ADMIN) return;
  if (isLastAdmin(membership, await tx.memberships.countActiveAdmins(membership.organizationId))) throw new LastAdminError();
}
