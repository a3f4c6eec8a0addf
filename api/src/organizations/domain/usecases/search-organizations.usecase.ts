import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { Organization } from '../models/organization.js';
import type { OrganizationSearch } from '../repositories.js';

/** Support search by name, type, external id, network, archived or not (authorised at the edge). */
export async function searchOrganizations(
  { filter, page }: { filter: OrganizationSearch; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'organizations'>,
): Promise<Page<Organization>> {
  return deps.organizations.search(filter, page);
}
