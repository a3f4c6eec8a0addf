import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { CertificationDependencies } from '../dependencies.js';
import type { TargetProfile } from '../models/target-profile.js';

/** The caller's rights in the organisation, as the organizations context computes them. */
export interface OrganizationReadAccess {
  /** Throws FORBIDDEN unless the caller is an active member, or support. */
  assertCanRead(): unknown;
}

/** The profiles an organisation may build campaigns on: the public ones and those shared with it. */
export async function listTargetProfiles(
  { access, organizationId, page }: { access: OrganizationReadAccess; organizationId: string; page: PageRequest },
  deps: Pick<CertificationDependencies, 'targetProfiles'>,
): Promise<Page<TargetProfile>> {
  access.assertCanRead();
  return deps.targetProfiles.listVisibleToOrganization(organizationId, page);
}
