import { ForbiddenError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { OrganizationAccess } from '../organization-access.js';
import { assertNotLastAdmin } from './team-rules.js';

/** A member leaves; the last admin must first name another. */
export async function leaveOrganization(
  { access, organizationId }: { access: OrganizationAccess; organizationId: string },
  deps: OrganizationsDependencies,
): Promise<boolean> {
  // Someone who cannot see the organisation learns nothing of it; support sees it but is no member.
  access.assertCanRead();
  return deps.transaction(async (tx) => {
    await tx.organizations.getForUpdate(organizationId);
    const membership = await tx.memberships.findActive(organizationId, access.principal.userId);
    if (!membership) throw new ForbiddenError("Vous n'êtes pas membre de cette organisation.");
    await assertNotLastAdmin(membership, tx);
    await tx.memberships.markAsDisabled(membership.id, tx.now());
    return true;
  });
}
