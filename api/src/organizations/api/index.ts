/**
 * The organizations context's public in-process interface. Other contexts import only this file.
 */
export { authenticateAccessToken } from '../domain/usecases/authenticate-access-token.usecase.js';
export { bootstrapSuperAdmin } from '../domain/usecases/bootstrap-super-admin.usecase.js';
export { AccessTokens } from '../infrastructure/access-tokens.js';
export { LoginThrottle } from '../infrastructure/login-throttle.js';
export { SessionRepository } from '../infrastructure/session.repository.js';
export { UserRepository } from '../infrastructure/user.repository.js';
export { passwordHasher } from '../infrastructure/password-hasher.js';
export { createOrganizationsLoaders, type OrganizationsLoaders } from '../application/loaders.js';
export { buildOrganizationsDependencies } from '../application/dependencies.js';
export { OrganizationType } from '../domain/models/organization.js';
export { MembershipRole } from '../domain/models/membership.js';
export { accessTo as organizationAccessFor } from '../application/access.js';
export type { OrganizationAccess } from '../domain/organization-access.js';
export { MembershipRepository } from '../infrastructure/membership.repository.js';
export { OrganizationRepository } from '../infrastructure/organization.repository.js';
