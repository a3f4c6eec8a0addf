import { UnauthenticatedError } from '../../../shared/errors/domain-error.js';
import type { Principal } from '../../../shared/auth/principal.js';
import type { CertificationDependencies } from '../dependencies.js';
import { TargetProfileNotFoundError } from '../errors.js';
import type { TargetProfile } from '../models/target-profile.js';
import { readsEveryTargetProfile } from '../target-profile-access.js';

/**
 * A target profile, for anyone signed in when it is public; otherwise for the members of an
 * organisation it is shared with, and support. Unknown and not visible get the same NOT_FOUND.
 */
export async function getTargetProfile(
  { actor, id }: { actor: Principal; id: string },
  deps: Pick<CertificationDependencies, 'targetProfiles' | 'memberships'>,
): Promise<TargetProfile> {
  if (actor.kind !== 'user') throw new UnauthenticatedError('Vous devez être connecté.');
  const targetProfile = await deps.targetProfiles.findById(id);
  if (!targetProfile) throw new TargetProfileNotFoundError();
  if (targetProfile.isPublic || readsEveryTargetProfile(actor)) return targetProfile;
  const organizationIds = await deps.memberships.findOrganizationIdsOf(actor.userId);
  if (organizationIds.length > 0 && (await deps.targetProfiles.isSharedWithAnyOf(id, organizationIds))) return targetProfile;
  throw new TargetProfileNotFoundError();
}
