import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrganizationsLoaders } from './organizations/api/index.js';

/** One fresh set of DataLoaders per request, namespaced by context. */
export function createLoaders(em: EntityManager) {
  return {
    organizations: createOrganizationsLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
