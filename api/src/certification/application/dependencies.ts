import type { EntityManager } from '@mikro-orm/postgresql';
import { activeOrganizationIdsOf } from '../../organizations/api/index.js';
import type { CertificationContext } from './request-context.js';
import type { CertificationDependencies, KnowledgeElementRecordingDependencies } from '../domain/dependencies.js';
import { certificationSettings } from '../certification.config.js';
import { KnowledgeElementRepository } from '../infrastructure/knowledge-element.repository.js';
import { ReferentialRepository } from '../infrastructure/referential.repository.js';
import { TargetProfileRepository } from '../infrastructure/target-profile.repository.js';

/** The use cases read through this request's loaders: batched, and cached for the request. */
export function certificationDependencies(context: CertificationContext): CertificationDependencies {
  const loaders = context.loaders.certification;
  const targetProfiles = new TargetProfileRepository(context.em);
  return {
    referential: { get: loaders.referential },
    knowledgeElements: { findLatestByUserId: (userId) => loaders.latestKnowledgeElementsByUserId.load(userId) },
    targetProfiles: {
      findById: (id) => loaders.targetProfileById.load(id),
      listVisibleToOrganization: (organizationId, page) => targetProfiles.listVisibleToOrganization(organizationId, page),
      isSharedWithAnyOf: (id, organizationIds) => targetProfiles.isSharedWithAnyOf(id, organizationIds),
      findSkills: (id) => loaders.skillsByTargetProfileId.load(id),
    },
    badges: { findByKey: (key) => loaders.badgeByKey.load(key) },
    // The caller's memberships, as the organizations context loaded them for this request.
    memberships: {
      findOrganizationIdsOf: (userId) => activeOrganizationIdsOf(context, userId),
    },
    settings: certificationSettings(),
  };
}

/** Repositories over one EntityManager; `transaction` rebuilds them over a transactional one. */
export function knowledgeElementRecordingDependencies(em: EntityManager): KnowledgeElementRecordingDependencies {
  const referential = new ReferentialRepository(em);
  return {
    skills: { findByIds: (ids) => referential.findSkillsByIds(ids) },
    knowledgeElements: new KnowledgeElementRepository(em),
    // Inside the caller's transaction (the engine's report finishing a participation) the work
    // joins it rather than opening a savepoint: a failure aborts the caller's transaction anyway.
    transaction: (work) =>
      em.isInTransaction() ? work(knowledgeElementRecordingDependencies(em)) : em.transactional((tx) => work(knowledgeElementRecordingDependencies(tx as EntityManager))),
  };
}
