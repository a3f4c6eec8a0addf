import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { Member } from '../models/membership.js';
import type { OrganizationAccess } from '../organization-access.js';

/** The team in alphabetical order (guide p.51). */
export async function listMembers(
  { access, organizationId, page }: { access: OrganizationAccess; organizationId: string; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'memberships'>,
): Promise<Page<Member>> {
  access.assertCanRead();
  return deps.memberships.listMembers(organizationId, page);
}
