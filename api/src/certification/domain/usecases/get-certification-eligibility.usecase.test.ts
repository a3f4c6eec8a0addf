import { describe, expect, it } from 'vitest';
import { SupportRole } from '../../../shared/auth/principal.js';
import type { KnowledgeElement } from '../models/knowledge-element.js';
import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } from '../models/pix-emploi.js';
import type { TargetProfileSkill, TargetProfileSkillDetail } from '../models/target-profile.js';
import { buildBadge, buildSupportAgent, buildTargetProfileSkills, buildUserPrincipal, validatedOn, validatedPix } from '../testing/builders.js';
import { inMemoryCertification } from '../testing/in-memory.js';
import { getCertificationEligibility } from './get-certification-eligibility.usecase.js';
import { getUserProfile } from './get-user-profile.usecase.js';

const person = buildUserPrincipal();
/** The CléA profile of this test: 20 skills in area 1, 20 in area 3. */
const cleaArea1 = buildTargetProfileSkills('1.1', 20);
const cleaArea3 = buildTargetProfileSkills('3.1', 20);
const detail = (skill: TargetProfileSkill): TargetProfileSkillDetail => ({ id: skill.skillId, competenceId: skill.competenceId, areaId: skill.areaId, targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, name: '@skill', level: 1, pixValue: 1, topic: null });

function eligibilityOf(knowledgeElements: KnowledgeElement[], { badges = [buildBadge()], actor = person } = {}) {
  const { deps } = inMemoryCertification({
    knowledgeElements: knowledgeElements.map((element) => ({ ...element, userId: person.userId })),
    badges,
    targetProfileSkills: new Map([[PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, [...cleaArea1, ...cleaArea3].map(detail)]]),
  });
  return getCertificationEligibility({ actor, userId: person.userId }, deps);
}
const clea = async (elements: KnowledgeElement[], options?: Parameters<typeof eligibilityOf>[1]) => (await eligibilityOf(elements, options)).complementary;

describe('certification eligibility from what the person validated', () => {
  it('is certifiable with 5 competences at level 1 (8 pix each), not with 4', async () => {
    const five = ['1.2', '2.2', '3.2', '4.2', '5.2'].flatMap((code) => validatedPix(code, 8));
    expect(await eligibilityOf(five)).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, missingCompetencesCount: 0 });
    expect(await eligibilityOf(five.slice(8))).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4, missingCompetencesCount: 1 });
  });

  it('is for the person, CERTIF and the support roles above it to read; another person is FORBIDDEN', async () => {
    await expect(eligibilityOf([], { actor: buildSupportAgent(SupportRole.CERTIF) })).resolves.toMatchObject({ userId: person.userId });
    await expect(eligibilityOf([], { actor: buildUserPrincipal() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('CléA numérique eligibility: the Pix emploi badge over the CléA profile (guide p.43-45)', () => {
  it('is earned with 85 % of the profile validated and 75 % in every area', async () => {
    // 19 + 15 = 34 of 40: 85 %; area 3 at exactly 75 %.
    expect(await clea([...validatedOn(cleaArea1, 19), ...validatedOn(cleaArea3, 15)])).toEqual([{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: true }]);
  });

  it('is not earned at 82.5 % with every area at 75 % or more, nor at 85 % with one area at 70 %', async () => {
    // 15 + 18 = 33 of 40; areas at 75 % and 90 %.
    expect((await clea([...validatedOn(cleaArea1, 15), ...validatedOn(cleaArea3, 18)]))[0]!.isEligible).toBe(false);
    // 20 + 14 = 34 of 40; area 3 at 70 %.
    expect((await clea([...validatedOn(cleaArea1, 20), ...validatedOn(cleaArea3, 14)]))[0]!.isEligible).toBe(false);
  });

  it('counts only elements on the CléA profile’s skills', async () => {
    expect((await clea([...validatedOn(cleaArea1, 16), ...validatedOn(cleaArea3, 16), ...validatedPix('5.1', 40)]))[0]!.isEligible).toBe(false);
  });

  it('is never earned while the badge is not set up', async () => {
    expect(await clea([...validatedOn(cleaArea1, 20), ...validatedOn(cleaArea3, 20)], { badges: [] })).toEqual([{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: false }]);
  });
});

describe('the levels of a profile', () => {
  it('stop at MAX_REACHABLE_LEVEL (5 by default) while the pix keep counting', async () => {
    const elements = validatedPix('2.1', 60).map((element) => ({ ...element, userId: person.userId }));
    const levelOf = async (maxReachableLevel: number) => {
      const profile = await getUserProfile({ actor: person, userId: person.userId }, inMemoryCertification({ knowledgeElements: elements }, { maxReachableLevel }).deps);
      return profile.competences.find((score) => score.competence.code === '2.1');
    };
    expect(await levelOf(5)).toMatchObject({ pixScore: 60, level: 5 });
    expect(await levelOf(8)).toMatchObject({ pixScore: 60, level: 7 });
  });
});
