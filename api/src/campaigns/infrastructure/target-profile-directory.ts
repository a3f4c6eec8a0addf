import type { EntityManager } from '@mikro-orm/postgresql';
import { findTargetProfile, getTargetProfileForOrganization } from '../../certification/api/index.js';
import { DomainError } from '../../shared/errors/domain-error.js';
import type { TargetProfileDirectory } from '../domain/services.js';

/** Target profiles live in the certification context; ask its public api. */
export function targetProfileDirectory(em: EntityManager): TargetProfileDirectory {
  return {
    isUsableBy: async (targetProfileId, organizationId) => {
      try {
        await getTargetProfileForOrganization({ em: em }, targetProfileId, organizationId);
        return true;
      } catch (error) {
        if (error instanceof DomainError) return false;
        throw error;
      }
    },
    allowsReset: async (targetProfileId) => (await findTargetProfile({ em: em }, targetProfileId))?.canResetKnowledgeElements ?? false,
  };
}
