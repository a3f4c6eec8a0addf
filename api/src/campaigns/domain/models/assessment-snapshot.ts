import type { AssessedKnowledgeElement, AssessedProfileResult, EarnedBadge, ResultsSnapshot } from '../ports.js';

/**
 * What sharing an assessment freezes, from the result over the target profile, the badges it
 * earned and the person's latest elements on the profile's skills. Pure: the share use case and
 * the scale generator (seeds) write the same snapshot from the same inputs.
 */
export function assessmentSnapshot({
  result,
  badges,
  knowledgeElements,
}: {
  result: AssessedProfileResult;
  badges: readonly EarnedBadge[];
  knowledgeElements: Iterable<AssessedKnowledgeElement>;
}): ResultsSnapshot & { pixScore: number } {
  // Pix earned on the profile's skills, summed exactly (two decimals) then counted in whole pix.
  let hundredths = 0;
  for (const element of knowledgeElements) if (element.status === 'VALIDATED') hundredths += Math.round(element.earnedPix * 100);
  return {
    masteryRate: result.masteryRate,
    validatedSkillsCount: result.validatedSkillsCount,
    testedSkillsCount: result.testedSkillsCount,
    pixScore: Math.floor(hundredths / 100),
    isCertifiable: null,
    details: {
      totalSkillsCount: result.totalSkillsCount,
      competences: result.competences,
      areas: result.areas,
      badges: badges.map((badge) => ({ key: badge.key, title: badge.title })),
    },
  };
}
