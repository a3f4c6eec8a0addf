import type { OrganizationsScope } from '../../organizations/api/index.js';
import type { CertificationScope } from '../api/request-scope.js';

/**
 * What this context's resolvers see of a request: its own loaders, and the organizations
 * context's scope for the one question it asks there (which organisations the caller belongs to).
 */
export type CertificationContext = CertificationScope & OrganizationsScope;
