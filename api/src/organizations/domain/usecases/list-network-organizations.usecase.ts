import type { Jurisdiction } from '../../../shared/auth/partner-scopes.js';
import type { Page, PageRequest } from '../../../shared/pagination.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { Organization, OrganizationType } from '../models/organization.js';

export interface NetworkOrganizationsFilter {
  type?: OrganizationType | null;
  region?: string | null;
  department?: string | null;
  /** Part of the name. */
  search?: string | null;
  archived?: boolean | null;
}

/** A network's structures within the caller's scope (network-reader.ts), by name. */
export async function listNetworkOrganizations(
  { jurisdiction, filter, page }: { jurisdiction: Jurisdiction; filter: NetworkOrganizationsFilter; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'organizations'>,
): Promise<Page<Organization>> {
  return deps.organizations.search(
    { networkId: jurisdiction.networkId, type: filter.type, region: filter.region, department: filter.department, name: filter.search?.slice(0, 255), archived: filter.archived, within: jurisdiction },
    page,
  );
}
