import type { OrganizationsScope } from '../api/request-scope.js';
import { OrganizationAccess } from '../domain/organization-access.js';

/** The caller's rights in one organisation, from their own memberships (one batched read per request). */
export async function accessTo(context: OrganizationsScope, organizationId: string): Promise<OrganizationAccess> {
  const { principal } = context;
  if (principal.kind !== 'user') return OrganizationAccess.of(principal, null);
  const memberships = await context.loaders.organizations.activeMembershipsByUserId.load(principal.userId);
  return OrganizationAccess.of(principal, memberships.find((membership) => membership.organizationId === organizationId) ?? null);
}
