import type { OrganizationsDependencies } from '../dependencies.js';
import type { Organization } from '../models/organization.js';
import type { OrganizationAccess } from '../organization-access.js';

/** An organisation, for its active members and the support roles allowed to read it. */
export async function getOrganization({ access, id }: { access: OrganizationAccess; id: string }, deps: Pick<OrganizationsDependencies, 'organizations'>): Promise<Organization> {
  access.assertCanRead();
  return deps.organizations.get(id);
}
