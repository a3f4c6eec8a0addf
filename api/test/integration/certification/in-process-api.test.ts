import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTestOrm } from '../../support/database.js';
import type { Orm } from '../../../src/shared/database/orm.js';
import {
  computeBadges,
  computeResult,
  getKnowledgeElementSnapshot,
  getKnowledgeElementSnapshots,
  getLatestKnowledgeElements,
  getProfileAndEligibility,
  getTargetProfileBadges,
  getTargetProfileForOrganization,
  getTargetProfileSkills,
  PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
  PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID,
  recordEngineReport,
  TargetProfileNotFoundError,
} from '../../../src/certification/api/index.js';

/** What the campaigns context calls, in process. */
describe('certification api for the campaigns context', () => {
  let orm: Orm;
  let close: () => Promise<void>;
  let privateProfileId: string;
  const organizationA = randomUUID();
  const organizationB = randomUUID();

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
    privateProfileId = randomUUID();
    const connection = orm.em.getConnection();
    await connection.execute(`insert into certification.target_profiles (id, name, category) values (?, 'Profil de B', 'OTHER')`, [privateProfileId]);
    await connection.execute(`insert into certification.target_profile_skills (target_profile_id, skill_id) values (?, 'skill-navigateur1')`, [privateProfileId]);
    await connection.execute(`insert into certification.target_profile_shares (target_profile_id, organization_id) values (?, ?)`, [privateProfileId, organizationB]);
  });
  afterAll(() => close?.());

  const em = () => orm.em.fork() as EntityManager;

  it('gives a public profile to any organisation, a shared one only to its organisations, NOT_FOUND otherwise', async () => {
    expect(await getTargetProfileForOrganization({ em: em() }, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, organizationA)).toMatchObject({
      id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, name: 'Pix emploi – Parcours CléA numérique', isPublic: true, canResetKnowledgeElements: false,
    });
    expect(await getTargetProfileForOrganization({ em: em() }, privateProfileId, organizationB)).toMatchObject({ id: privateProfileId, isPublic: false, skillsCount: 1 });
    for (const [id, organizationId] of [[privateProfileId, organizationA], [randomUUID(), organizationA], ['not-a-uuid', organizationA]] as const) {
      const error = await getTargetProfileForOrganization({ em: em() }, id, organizationId).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TargetProfileNotFoundError);
      expect((error as TargetProfileNotFoundError).code).toBe('NOT_FOUND');
    }
  });

  it("lists a profile's skills with competence and area ids; CléA holds the diagnostic's", async () => {
    const diagnostic = await getTargetProfileSkills({ em: em() }, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    const clea = await getTargetProfileSkills({ em: em() }, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);
    expect(diagnostic).toContainEqual({ skillId: 'skill-navigateur1', competenceId: '1.1', areaId: '1' });
    expect(diagnostic).toHaveLength(27);
    expect(clea).toHaveLength(112);
    const cleaIds = new Set(clea.map((skill) => skill.skillId));
    expect(diagnostic.every((skill) => cleaIds.has(skill.skillId))).toBe(true);
    expect(await getTargetProfileSkills({ em: em() }, randomUUID())).toEqual([]);
  });

  it('computes the CléA result and badge from a snapshot of the latest elements', async () => {
    const userId = randomUUID();
    const skills = await getTargetProfileSkills({ em: em() }, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);
    const badges = await getTargetProfileBadges({ em: em() }, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);
    const participation = { id: randomUUID(), userId };
    // All validated but 10 skills of area 4 (4.1 and 4.2), which then falls under 75 %.
    const area4 = skills.filter((skill) => skill.areaId === '4').slice(0, 10).map((skill) => skill.skillId);
    await recordEngineReport(
      { em: em() }, { participation, elements: skills.map((skill) => ({ skillId: skill.skillId, status: area4.includes(skill.skillId) ? 'INVALIDATED' : 'VALIDATED' })), finished: true }
    );
    const skillIds = skills.map((skill) => skill.skillId);
    const before = computeResult({ skills, knowledgeElements: await getKnowledgeElementSnapshot({ em: em() }, userId, skillIds) });
    expect(before.validatedSkillsCount).toBe(102);
    // 91 % global, but area 4 at 7 of 17 skills.
    expect(before.masteryRate).toBe(0.91);
    expect(before.areas.find((area) => area.areaId === '4')).toMatchObject({ validatedSkillsCount: 7, totalSkillsCount: 17, masteryRate: 0.41 });
    expect(computeBadges({ badges, result: before })).toEqual([]);

    await recordEngineReport(
      { em: em() }, { participation, elements: area4.map((skillId) => ({ skillId, status: 'VALIDATED' })), finished: true }
    );
    const snapshots = await getKnowledgeElementSnapshots({ em: em() }, [userId, randomUUID()], skillIds);
    const after = computeResult({ skills, knowledgeElements: snapshots.get(userId)! });
    expect(after).toMatchObject({ validatedSkillsCount: 112, totalSkillsCount: 112, masteryRate: 1 });
    expect(computeBadges({ badges, result: after }).map((badge) => badge.key)).toEqual(['PIX_EMPLOI_CLEA']);
    expect([...snapshots.values()].map((elements) => elements.length)).toEqual([112, 0]);
  });

  it('gives the whole profile and eligibility of a person, for a shared profiles collection', async () => {
    const userId = randomUUID();
    const levelOne = await orm.em.getConnection().execute<{ id: string }[]>(`select id from certification.skills where level = 1 and competence_id in ('1.1', '2.1', '3.4', '4.3', '5.1')`);
    await recordEngineReport(
      { em: em() }, { participation: { id: randomUUID(), userId }, elements: levelOne.map((skill) => ({ skillId: skill.id, status: 'VALIDATED' })), finished: true }
    );
    const { profile, eligibility } = await getProfileAndEligibility({ em: em() }, userId);
    expect(profile).toMatchObject({ userId, pixScore: 40, maxReachableLevel: 5 });
    expect(profile.competences).toHaveLength(16);
    expect(eligibility).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5, missingCompetencesCount: 0 });
    expect(eligibility.complementary).toEqual([{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', isEligible: false }]);
    expect(await getLatestKnowledgeElements({ em: em() }, userId)).toHaveLength(levelOne.length);
  });
});
