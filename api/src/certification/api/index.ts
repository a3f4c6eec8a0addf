/**
 * The certification context's public in-process interface. Other contexts import only this file.
 * The campaigns context builds on it: target profiles visible to an organisation, their skills and
 * badges, knowledge-element snapshots, results and badges (pure), and recording what the
 * assessment engine reports.
 */
export { createCertificationLoaders, type CertificationLoaders } from '../application/loaders.js';
export type { CertificationScope } from './request-scope.js';
export type { CertificationContext } from '../application/request-context.js';
export { getReferential } from './referential.js';
export { computeProfile, MAX_PIX_PER_COMPETENCE, PIX_PER_LEVEL, type Profile, type CompetenceScore } from '../domain/read-models/profile.js';
export { KnowledgeElementStatus, type KnowledgeElement, type NewKnowledgeElement } from '../domain/models/knowledge-element.js';
export type { Area, Competence, Skill, Referential } from '../domain/models/referential.js';

// Target profiles and badges.
export { TargetProfileCategory, type TargetProfile, type TargetProfileSkill } from '../domain/models/target-profile.js';
export { BadgeCriterionScope, type Badge, type BadgeCriterion } from '../domain/models/badge.js';
export {
  PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID,
  PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
  PIX_EMPLOI_CLEA_BADGE_KEY,
  competenceTargetProfileId,
} from '../domain/models/pix-emploi.js';
export { TargetProfileNotFoundError } from '../domain/errors.js';
export {
  getTargetProfileForOrganization,
  getTargetProfileSkills,
  getTargetProfileBadges,
  getKnowledgeElementSnapshot,
  getKnowledgeElementSnapshots,
  getLatestKnowledgeElements,
  getProfileAndEligibility,
  getReferentialAreasAndCompetences,
  findTargetProfile,
  countTestedSkillsByParticipations,
  resetKnowledgeElements,
  recordEngineReport,
} from './in-process.js';

// Results over a target profile (pure).
export {
  computeResult,
  computeBadges,
  type ResultInput,
  type TargetProfileResult,
  type Mastery,
  type CompetenceMastery,
  type AreaMastery,
} from '../domain/read-models/target-profile-result.js';
export {
  computeCertificationEligibility,
  REQUIRED_COMPETENCES_COUNT,
  MIN_CERTIFIABLE_LEVEL,
  type CertificationEligibility,
  type ComplementaryEligibility,
} from '../domain/read-models/certification-eligibility.js';

// Recording what the assessment engine reports (the campaigns context exposes the mutation).
export {
  MAX_ELEMENTS_PER_CALL,
  type RecordKnowledgeElementsInput,
  type KnowledgeElementInput,
  type RecordedKnowledgeElements,
} from '../domain/usecases/record-knowledge-elements.usecase.js';

// For the scale generator (seeds/src/scale): a profiles-collection snapshot computed in memory by
// the same function the share use case runs, with its in-memory dependencies.
export { evaluateProfileAndEligibility } from '../domain/usecases/get-certification-eligibility.usecase.js';
export { certificationSettings } from '../certification.config.js';
