import type { RequestScope } from '../../shared/context.js';
import type { OrganizationsLoaders } from '../application/loaders.js';

/**
 * What the organizations context's public functions read from a request: the caller, the
 * session, and this context's loaders (so that another context's question, e.g. "is the caller
 * a member here?", shares the request's batched and cached reads).
 */
export interface OrganizationsScope extends RequestScope {
  loaders: { organizations: OrganizationsLoaders };
}
