import type { UserPrincipal, SupportRole } from '../../../shared/auth/principal.js';
import { ForbiddenError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { User } from '../models/user.js';
import { recordSupportAction } from './record-support-action.js';

/** SUPER_ADMIN names support agents (or takes the role back); not their own role, to avoid lock-outs. */
export async function setSupportRole(
  { actor, userId, role }: { actor: UserPrincipal; userId: string; role: SupportRole | null },
  deps: OrganizationsDependencies,
): Promise<User> {
  if (userId === actor.userId) throw new ForbiddenError('Vous ne pouvez pas changer votre propre rôle de support.');
  return deps.transaction(async (tx) => {
    const before = { ...(await tx.users.get(userId)) };
    const after = await tx.users.updateSupportRole(userId, role);
    await recordSupportAction(tx, actor, 'SUPPORT_ROLE_CHANGED', { type: 'User', id: userId }, { supportRole: before.supportRole }, { supportRole: after.supportRole });
    return after;
  });
}
