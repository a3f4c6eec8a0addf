import type { EntityManager } from '@mikro-orm/postgresql';
import {
  countTestedSkillsByParticipations,
  findTargetProfile,
  getReferentialAreasAndCompetences,
  getTargetProfileBadges,
  getTargetProfileSkills,
  MIN_CERTIFIABLE_LEVEL,
} from '../../certification/api/index.js';
import type { ResultsExportReferential } from '../domain/services.js';

/** What the export asks of the certification context, through its public api only. */
export function resultsExportReferential(em: EntityManager): ResultsExportReferential {
  return {
    getReferential: () => getReferentialAreasAndCompetences({ em: em }),
    findTargetProfile: async (id) => {
      const [targetProfile, skills, badges] = await Promise.all([findTargetProfile({ em: em }, id), getTargetProfileSkills({ em: em }, id), getTargetProfileBadges({ em: em }, id)]);
      if (!targetProfile) return null;
      return { name: targetProfile.name, skills, badges: badges.map((badge) => ({ key: badge.key, title: badge.title })) };
    },
    countTestedSkills: (participations, skillIds) => countTestedSkillsByParticipations({ em: em }, participations, skillIds),
    minCertifiableLevel: MIN_CERTIFIABLE_LEVEL,
  };
}
