import { assertScope } from '../../../shared/auth/partner-scopes.js';
import { SupportRole, type Principal } from '../../../shared/auth/principal.js';
import { ForbiddenError, NotFoundError } from '../../../shared/errors/domain-error.js';
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

const NETWORK_READERS = new Set<SupportRole>([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT, SupportRole.METIER]);

/**
 * A network's structures, by name. A partner client reads its own network's, within its regions
 * or departments (another network answers as an unknown one: NOT_FOUND); support reads any.
 */
export async function listNetworkOrganizations(
  { principal, networkId, filter, page }: { principal: Principal; networkId: string; filter: NetworkOrganizationsFilter; page: PageRequest },
  deps: Pick<OrganizationsDependencies, 'organizations'>,
): Promise<Page<Organization>> {
  const search = { networkId, type: filter.type, region: filter.region, department: filter.department, name: filter.search?.slice(0, 255), archived: filter.archived };
  if (principal.kind === 'partner') {
    assertScope(principal, 'organizations:read');
    if (principal.jurisdiction.networkId !== networkId) throw new NotFoundError('Réseau introuvable.');
    return deps.organizations.search({ ...search, within: principal.jurisdiction }, page);
  }
  if (principal.kind === 'user' && principal.supportRole && NETWORK_READERS.has(principal.supportRole)) return deps.organizations.search(search, page);
  throw new ForbiddenError("Les structures d'un réseau se lisent par ses clients API et par le support.");
}
