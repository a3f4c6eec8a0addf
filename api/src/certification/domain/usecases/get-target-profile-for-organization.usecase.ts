import type { CertificationDependencies } from '../dependencies.js';
import { TargetProfileNotFoundError } from '../errors.js';
import type { TargetProfile } from '../models/target-profile.js';

/**
 * For the campaigns context: the profile a campaign of this organisation may evaluate, public or
 * shared with it; NOT_FOUND otherwise. The caller has already checked who may act for the organisation.
 */
export async function getTargetProfileForOrganization(
  { id, organizationId }: { id: string; organizationId: string },
  deps: { targetProfiles: Pick<CertificationDependencies['targetProfiles'], 'findById' | 'isSharedWithAnyOf'> },
): Promise<TargetProfile> {
  const targetProfile = await deps.targetProfiles.findById(id);
  if (!targetProfile) throw new TargetProfileNotFoundError();
  if (targetProfile.isPublic || (await deps.targetProfiles.isSharedWithAnyOf(id, [organizationId]))) return targetProfile;
  throw new TargetProfileNotFoundError();
}
