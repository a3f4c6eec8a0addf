import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { ForbiddenError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { assertNotLastAdmin } from './team-rules.js';

/** A member leaves; the last admin must first name another. */
export async function leaveOrganization(
  { actor, organizationId }: { actor: UserPrincipal; organizationId: string },
  deps: OrganizationsDependencies,
): Promise<boolean> {
  return deps.transaction(async (tx) => {
    await tx.organizations.getForUpdate(organizationId);
    const membership = await tx.memberships.findActive(organizationId, actor.userId);
    if (!membership) throw new ForbiddenError("Vous n'êtes pas membre de cette organisation.");
    await assertNotLastAdmin(membership, tx);
    await tx.memberships.markAsDisabled(membership.id, tx.now());
    return true;
  });
}
