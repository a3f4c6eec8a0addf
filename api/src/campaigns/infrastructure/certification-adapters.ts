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
import type { KnowledgeElementsRecorder, ResultsCalculator } from '../domain/ports.js';
import { assessmentSnapshot } from '../domain/models/assessment-snapshot.js';

/** Recording joins the caller's transaction: the elements and the participation's state move together. */
export function knowledgeElementsRecorder(em: EntityManager): KnowledgeElementsRecorder {
  return {
    record: async (input) => {
      await recordEngineReport({ em }, input);
    },
    reset: async ({ participation, targetProfileId }) => {
      const skills = await getTargetProfileSkills({ em: em }, targetProfileId);
      return resetKnowledgeElements({ em: em }, { userId: participation.userId, participationId: participation.id, skillIds: skills.map((skill) => skill.skillId) });
    },
  };
}

/** The snapshot at share time, from the certification context's data and its pure rules. */
export function resultsCalculator(em: EntityManager): ResultsCalculator {
  return {
    forAssessment: async (userId, targetProfileId) => {
      const skills = await getTargetProfileSkills({ em: em }, targetProfileId);
      const knowledgeElements = await getKnowledgeElementSnapshot({ em: em }, userId, skills.map((skill) => skill.skillId));
      const result = computeResult({ skills, knowledgeElements });
      const badges = computeBadges({ badges: await getTargetProfileBadges({ em: em }, targetProfileId), result });
      return assessmentSnapshot({ result, badges, knowledgeElements });
    },
    forProfilesCollection: async (userId) => {
      const { profile, eligibility } = await getProfileAndEligibility({ em: em }, userId);
      return {
        masteryRate: null,
        validatedSkillsCount: null,
        testedSkillsCount: null,
        pixScore: profile.pixScore,
        isCertifiable: eligibility.isCertifiable,
        details: {
          competences: profile.competences.map((score) => ({ competenceId: score.competence.id, code: score.competence.code, pixScore: score.pixScore, level: score.level })),
          complementary: eligibility.complementary,
        },
      };
    },
  };
}
