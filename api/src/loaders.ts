import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrganizationsLoaders } from './organizations/api/index.js';
import { createCertificationLoaders } from './certification/api/index.js';
import { createCampaignsLoaders } from './campaigns/api/index.js';

/** One fresh set of DataLoaders per request, namespaced by context. */
export function createLoaders(em: EntityManager) {
  return {
    organizations: createOrganizationsLoaders(em),
    certification: createCertificationLoaders(em),
    campaigns: createCampaignsLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
