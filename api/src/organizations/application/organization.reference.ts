import type { OrganizationsContext } from './request-context.js';
import { accessTo } from './access.js';
import { Network } from './network.type.js';
import { Organization } from './organization.type.js';

/**
 * Other subgraphs hand out `Organization` by id (a campaign's organisation); the same wall holds:
 * only members and allowed support read it.
 */
export async function resolveOrganizationReference(reference: { id: string }, context: OrganizationsContext): Promise<Organization | null> {
  const organization = await context.loaders.organizations.organizationById.load(reference.id);
  if (!organization) return null;
  (await accessTo(context, organization.id)).assertCanRead();
  return Organization.from(organization);
}

export async function resolveNetworkReference(reference: { id: string }, context: OrganizationsContext): Promise<Network | null> {
  const network = await context.loaders.organizations.networkById.load(reference.id);
  return network && Network.from(network);
}
