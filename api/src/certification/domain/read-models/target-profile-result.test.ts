import { describe, expect, it } from 'vitest';
import { KnowledgeElementStatus } from '../models/knowledge-element.js';
import type { TargetProfileSkill } from '../models/target-profile.js';
import { buildBadge, buildKnowledgeElement, buildTargetProfileSkills, validatedOn } from '../testing/builders.js';
import { computeBadges, computeResult } from './target-profile-result.js';

/** An element on one skill of the profile, at `minute` past midnight on 1 January 2026. */
const buildKnowledgeElementOn = (skill: TargetProfileSkill, status = KnowledgeElementStatus.VALIDATED, minute = 0) =>
  buildKnowledgeElement({ skillId: skill.skillId, competenceId: skill.competenceId, status, earnedPix: status === KnowledgeElementStatus.VALIDATED ? 1 : 0, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)) });

/** The CléA badge as seeded: 85 % global and 75 % in every area. */
const CLEA_BADGE = buildBadge();

/** A profile of 1000 skills in two areas (500 each), with `first` and `second` validated in each. */
function resultOf(first: number, second: number) {
  const area1 = buildTargetProfileSkills('1.1', 500);
  const area2 = buildTargetProfileSkills('2.1', 500);
  return computeResult({ skills: [...area1, ...area2], knowledgeElements: [...validatedOn(area1, first), ...validatedOn(area2, second)] });
}

const earns = (result: ReturnType<typeof resultOf>) => computeBadges({ badges: [CLEA_BADGE], result }).map((badge) => badge.key);

describe('result over a target profile', () => {
  it('counts validated, tested and total skills globally, per competence and per area, rates rounded to 2 decimals', () => {
    const search = buildTargetProfileSkills('1.1', 3);
    const files = buildTargetProfileSkills('1.2', 4);
    const mail = buildTargetProfileSkills('2.1', 2);
    const result = computeResult({
      skills: [...mail, ...files, ...search],
      knowledgeElements: [
        buildKnowledgeElementOn(search[0]!),
        buildKnowledgeElementOn(search[1]!, KnowledgeElementStatus.INVALIDATED),
        ...validatedOn(files, 4),
        buildKnowledgeElementOn(mail[0]!, KnowledgeElementStatus.INVALIDATED),
      ],
    });
    expect(result).toMatchObject({ validatedSkillsCount: 5, testedSkillsCount: 7, totalSkillsCount: 9, masteryRate: 0.56 });
    expect(result.competences).toEqual([
      { competenceId: '1.1', areaId: '1', validatedSkillsCount: 1, testedSkillsCount: 2, totalSkillsCount: 3, masteryRate: 0.33 },
      { competenceId: '1.2', areaId: '1', validatedSkillsCount: 4, testedSkillsCount: 4, totalSkillsCount: 4, masteryRate: 1 },
      { competenceId: '2.1', areaId: '2', validatedSkillsCount: 0, testedSkillsCount: 1, totalSkillsCount: 2, masteryRate: 0 },
    ]);
    expect(result.areas).toEqual([
      { areaId: '1', validatedSkillsCount: 5, testedSkillsCount: 6, totalSkillsCount: 7, masteryRate: 0.71 },
      { areaId: '2', validatedSkillsCount: 0, testedSkillsCount: 1, totalSkillsCount: 2, masteryRate: 0 },
    ]);
  });

  it('lets the latest element of a skill decide, and ignores elements of skills outside the profile', () => {
    const [skill] = buildTargetProfileSkills('3.1', 1);
    const [elsewhere] = buildTargetProfileSkills('3.2', 1);
    const result = computeResult({
      skills: [skill!],
      knowledgeElements: [
        buildKnowledgeElementOn(skill!, KnowledgeElementStatus.VALIDATED, 1),
        buildKnowledgeElementOn(skill!, KnowledgeElementStatus.INVALIDATED, 2),
        buildKnowledgeElementOn(elsewhere!),
      ],
    });
    expect(result).toMatchObject({ validatedSkillsCount: 0, testedSkillsCount: 1, totalSkillsCount: 1, masteryRate: 0 });
    expect(result.areas.map((area) => area.areaId)).toEqual(['3']);
  });

  it('answers 0 for an empty profile', () => {
    expect(computeResult({ skills: [], knowledgeElements: [] })).toEqual({
      validatedSkillsCount: 0, testedSkillsCount: 0, totalSkillsCount: 0, masteryRate: 0, competences: [], areas: [],
    });
  });
});

describe('the CléA badge: 85 % global and 75 % in every area', () => {
  it('is earned at exactly 85 % global with every area at 75 % or more', () => {
    // 475 + 375 = 850 of 1000: 85 % global; the second area at exactly 75 %.
    expect(earns(resultOf(475, 375))).toEqual(['PIX_EMPLOI_CLEA']);
    expect(earns(resultOf(500, 500))).toEqual(['PIX_EMPLOI_CLEA']);
  });

  it('is refused at 84.9 % global, even though the rate rounds to 0.85', () => {
    const result = resultOf(474, 375); // 849 of 1000
    expect(result.masteryRate).toBe(0.85);
    expect(earns(result)).toEqual([]);
  });

  it('is refused when one area is at 74.9 %, even with 85 % or more globally', () => {
    // Area 2: 749 of 1000 is 74.9 %; global 1749 of 2000 is 87.45 %.
    const area1 = buildTargetProfileSkills('1.1', 1000);
    const area2 = buildTargetProfileSkills('2.1', 1000);
    const result = computeResult({ skills: [...area1, ...area2], knowledgeElements: [...validatedOn(area1, 1000), ...validatedOn(area2, 749)] });
    expect(result.validatedSkillsCount * 100).toBeGreaterThanOrEqual(85 * result.totalSkillsCount);
    expect(earns(result)).toEqual([]);
    expect(earns(computeResult({ skills: [...area1, ...area2], knowledgeElements: [...validatedOn(area1, 1000), ...validatedOn(area2, 750)] }))).toEqual(['PIX_EMPLOI_CLEA']);
  });

  it('is never earned without criteria or over an empty profile', () => {
    expect(computeBadges({ badges: [{ ...CLEA_BADGE, criteria: [] }], result: resultOf(500, 500) })).toEqual([]);
    expect(computeBadges({ badges: [CLEA_BADGE], result: computeResult({ skills: [], knowledgeElements: [] }) })).toEqual([]);
  });
});
