import type { GraphQLContext } from '../../context.js';
import type { CertificationDependencies } from '../domain/dependencies.js';
import { certificationSettings } from '../certification.config.js';

/** The use cases read through this request's loaders: batched, and cached for the request. */
export function certificationDependencies(context: GraphQLContext): CertificationDependencies {
  const loaders = context.loaders.certification;
  return {
    referential: { get: loaders.referential },
    knowledgeElements: { findLatestByUserId: (userId) => loaders.latestKnowledgeElementsByUserId.load(userId) },
    settings: certificationSettings(),
  };
}
