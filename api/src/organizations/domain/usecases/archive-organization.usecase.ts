import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { Organization } from '../models/organization.js';
import { recordSupportAction } from './record-support-action.js';

/**
 * Archiving keeps everything but closes the space: no one can join it or be invited any more, and
 * pending invitations are cancelled and its campaigns archived (through the campaigns context).
 * Archiving twice changes nothing.
 */
export async function archiveOrganization({ actor, id }: { actor: UserPrincipal; id: string }, deps: OrganizationsDependencies): Promise<Organization> {
  return deps.transaction(async (tx) => {
    const before = await tx.organizations.getForUpdate(id);
    if (before.archivedAt) return before;
    const snapshot = { ...before };
    const after = await tx.organizations.markAsArchived(id, actor.userId, tx.now());
    const cancelled = await tx.invitations.cancelPendingOfOrganization(id, tx.now());
    const archivedCampaigns = await tx.campaigns.archiveAllOfOrganization(id, tx.now());
    await recordSupportAction(tx, actor, 'ORGANIZATION_ARCHIVED', { type: 'Organization', id }, snapshot, { ...after, cancelledInvitations: cancelled, archivedCampaigns });
    return after;
  });
}
