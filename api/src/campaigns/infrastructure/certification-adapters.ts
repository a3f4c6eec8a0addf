import type { EntityManager } from '@mikro-orm/postgresql';
import {
  computeBadges,
  computeResult,
  getProfileAndEligibility,
  getKnowledgeElementSnapshot,
  getTargetProfileBadges,
  getTargetProfileSkills,
  recordEngineReport,
  resetKnowledgeElements,
} from '../../certification/api/index.js';
import type { KnowledgeElementsRecorder, ResultsCalculator } from '../domain/services.js';
import { buildAssessmentSnapshot, buildProfilesCollectionSnapshot } from '../domain/models/results-snapshot.js';

/** Recording joins the caller's transaction: the elements and the participation's state move together. */
export function knowledgeElementsRecorder(em: EntityManager): KnowledgeElementsRecorder {
  return {
    record: async (input) => {
      await recordEngineReport({ em }, input);
    },
    reset: async ({ participation, targetProfileId }) => {
      const skills = await getTargetProfileSkills({ em }, targetProfileId);
      return resetKnowledgeElements({ em }, { userId: participation.userId, participationId: participation.id, skillIds: skills.map((skill) => skill.skillId) });
    },
  };
}

/** The snapshot at share time, from the certification context's data and its pure rules. */
export function resultsCalculator(em: EntityManager): ResultsCalculator {
  return {
    forAssessment: async (userId, targetProfileId) => {
      const skills = await getTargetProfileSkills({ em }, targetProfileId);
      const knowledgeElements = await getKnowledgeElementSnapshot({ em }, userId, skills.map((skill) => skill.skillId));
      const result = computeResult({ skills, knowledgeElements });
      const badges = computeBadges({ badges: await getTargetProfileBadges({ em }, targetProfileId), result });
      return buildAssessmentSnapshot({ result, badges, knowledgeElements });
    },
    forProfilesCollection: async (userId) => buildProfilesCollectionSnapshot(await getProfileAndEligibility({ em }, userId)),
  };
}
