import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { NetworkAccess } from '../models/network-access.js';
import { recordSupportAction } from './record-support-action.js';

/** SUPER_ADMIN takes a network access back, at once (every request reads the grants). Audited; twice answers the same. */
export async function revokeNetworkAccess(id: string, actor: UserPrincipal, deps: OrganizationsDependencies): Promise<NetworkAccess> {
  return deps.transaction(async (tx) => {
    const access = await tx.networkAccesses.get(id);
    if (access.revokedAt) return access;
    const now = tx.now();
    await tx.networkAccesses.revoke(id, actor.userId, now);
    await recordSupportAction(tx, actor, 'NETWORK_ACCESS_REVOKED', { type: 'User', id: access.userId }, { networkId: access.jurisdiction.networkId }, null);
    return { ...access, revokedAt: now };
  });
}
