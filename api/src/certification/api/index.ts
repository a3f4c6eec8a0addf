/**
 * The certification context's public in-process interface. Other contexts import only this file
 * (campaigns will read profiles and the referential here when participations are shared).
 */
export { createCertificationLoaders, type CertificationLoaders } from '../application/loaders.js';
export { computeProfile, MAX_PIX_PER_COMPETENCE, PIX_PER_LEVEL, type Profile, type CompetenceScore } from '../domain/read-models/profile.js';
export { KnowledgeElementStatus, type KnowledgeElement } from '../domain/models/knowledge-element.js';
export type { Area, Competence, Skill, Referential } from '../domain/models/referential.js';
