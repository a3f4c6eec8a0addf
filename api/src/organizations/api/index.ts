/**
 * The organizations context's public in-process interface. Other contexts, and the composition
 * root, import only this folder: functions over plain inputs returning small read models, and
 * the types a request scope needs. No repository, no entity leaves the context.
 */
export type { OrganizationsScope } from './request-scope.js';
export { isActiveMember, getPerson, getOrganizationCard, activeOrganizationIdsOf, type PersonName, type OrganizationCard } from './people.js';
export { networkExists, networkReadScopeOf, organizationIdsInJurisdiction, structureLocation, structuresInJurisdiction } from './networks.js';
export { createIdentityServices, authenticateBearer, bootstrapSuperAdminAccount, type IdentityServices } from './identity.js';
export { createOrganizationsLoaders, type OrganizationsLoaders } from '../application/loaders.js';
export type { OrganizationsContext, OrganizationsServices, CampaignsOfOrganization } from '../application/request-context.js';
export { OrganizationType } from '../domain/models/organization.js';
export { MembershipRole } from '../domain/models/membership.js';
export { accessTo as organizationAccessFor } from '../application/access.js';
export type { OrganizationAccess } from '../domain/organization-access.js';
