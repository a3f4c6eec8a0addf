import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrm } from '../../support/database.js';
import type { Orm } from '../../../src/shared/database/orm.js';
import {
  competenceTargetProfileId,
  PIX_EMPLOI_CLEA_BADGE_KEY,
  PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
  PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID,
} from '../../../src/certification/api/index.js';

/** What the target-profiles migration seeds, checked in the database itself. */
describe('Pix emploi reference data (skills, target profiles, badge)', () => {
  let orm: Orm;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  afterAll(() => close?.());

  const sql = <T extends object[]>(statement: string, params: unknown[] = []) => orm.em.getConnection().execute<T>(statement, params);

  /** Pix and highest level per competence of one profile's skills. */
  const perCompetence = (targetProfileId: string) =>
    sql<{ competence_id: string; pix: string; max_level: number; min_level: number }[]>(
      `select s.competence_id, sum(s.pix_value) as pix, max(s.level) as max_level, min(s.level) as min_level
         from certification.target_profile_skills tps join certification.skills s on s.id = tps.skill_id
        where tps.target_profile_id = ? group by s.competence_id order by s.competence_id`,
      [targetProfileId],
    );

  it('gives every competence skills at levels 1 to 5, and each competence and level exactly 8 pix', async () => {
    const groups = await sql<{ competence_id: string; level: number; pix: string; skills: string }[]>(
      `select competence_id, level, sum(pix_value) as pix, count(*) as skills from certification.skills group by competence_id, level order by competence_id, level`,
    );
    expect(groups.every((group) => group.pix === '8.00')).toBe(true);
    const levels = new Map<string, number[]>();
    for (const group of groups) levels.set(group.competence_id, [...(levels.get(group.competence_id) ?? []), group.level]);
    expect(levels.size).toBe(16);
    expect([...levels.values()].every((list) => list.join() === '1,2,3,4,5')).toBe(true);
    const [{ duplicates }] = await sql<{ duplicates: string }[]>('select count(*) - count(distinct name) as duplicates from certification.skills');
    expect(Number(duplicates)).toBe(0);
  });

  it('seeds the diagnostic on levels 1-2 of 11 competences, never enough for level 1 (guide p.23)', async () => {
    const competences = await perCompetence(PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID);
    expect(competences.map((row) => row.competence_id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.4', '3.1', '4.1', '4.2', '5.1', '5.2']);
    expect(competences.every((row) => row.min_level >= 1 && row.max_level <= 2)).toBe(true);
    expect(competences.every((row) => Number(row.pix) < 8)).toBe(true);
  });

  it('seeds CléA on levels 1-3 and some 4 of 12 competences, with the diagnostic inside and every level 1 skill, reaching level 3 at most', async () => {
    const competences = await perCompetence(PIX_EMPLOI_CLEA_TARGET_PROFILE_ID);
    expect(competences.map((row) => row.competence_id)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '4.1', '4.2', '5.1', '5.2']);
    expect(competences.filter((row) => row.max_level === 4).map((row) => row.competence_id)).toEqual(['1.1', '1.2', '4.1']);
    expect(competences.every((row) => row.max_level <= 4 && Number(row.pix) >= 8 && Number(row.pix) < 32)).toBe(true);
    const [{ missing }] = await sql<{ missing: string }[]>(
      `select count(*) as missing from certification.target_profile_skills d
        where d.target_profile_id = ? and not exists (select 1 from certification.target_profile_skills c where c.target_profile_id = ? and c.skill_id = d.skill_id)`,
      [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID],
    );
    expect(Number(missing)).toBe(0);
    const [{ outside }] = await sql<{ outside: string }[]>(
      `select count(*) as outside from certification.skills s
        where s.level = 1 and s.competence_id in (select s2.competence_id from certification.target_profile_skills t join certification.skills s2 on s2.id = t.skill_id where t.target_profile_id = ?)
          and not exists (select 1 from certification.target_profile_skills t where t.target_profile_id = ? and t.skill_id = s.id)`,
      [PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID],
    );
    expect(Number(outside)).toBe(0);
  });

  it('seeds one public whole-competence profile per competence, holding all its skills', async () => {
    const profiles = await sql<{ id: string; name: string; skills: string; all_skills: string; is_public: boolean; can_reset: boolean }[]>(
      `select tp.id, tp.name, tp.is_public, tp.can_reset_knowledge_elements as can_reset,
              (select count(*) from certification.target_profile_skills t where t.target_profile_id = tp.id) as skills,
              (select count(*) from certification.skills s where s.competence_id = c.id) as all_skills
         from certification.target_profiles tp join certification.competences c on tp.name like 'Compétence ' || c.code || ' – %'
        where tp.category = 'COMPETENCE' order by c.sort_order`,
    );
    expect(profiles).toHaveLength(16);
    expect(profiles[0]).toMatchObject({ id: competenceTargetProfileId('1.1'), name: "Compétence 1.1 – Mener une recherche et une veille d'information", is_public: true, can_reset: false });
    expect(profiles[15]!.id).toBe(competenceTargetProfileId('5.2'));
    expect(profiles.every((profile) => profile.skills === profile.all_skills && Number(profile.skills) > 0)).toBe(true);
  });

  it('names the Pix emploi profiles as the guide does; only the diagnostic may be reset ("Je retente")', async () => {
    const rows = await sql<{ id: string; name: string; is_public: boolean; can_reset_knowledge_elements: boolean }[]>(
      `select id, name, is_public, can_reset_knowledge_elements from certification.target_profiles where category = 'PIX_EMPLOI' order by name`,
    );
    expect(rows).toEqual([
      { id: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, name: 'Pix emploi – Diagnostic initial', is_public: true, can_reset_knowledge_elements: true },
      { id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, name: 'Pix emploi – Parcours CléA numérique', is_public: true, can_reset_knowledge_elements: false },
    ]);
  });

  it('puts the "Prêt pour le CléA numérique !" badge on the CléA profile: 85 % global, 75 % in every area', async () => {
    const badges = await sql<{ key: string; title: string; target_profile_id: string; criteria: unknown }[]>(
      `select b.key, b.title, b.target_profile_id, json_agg(json_build_object('scope', c.scope, 'threshold', c.threshold) order by c.scope desc) as criteria
         from certification.badges b join certification.badge_criteria c on c.badge_id = b.id group by b.id`,
    );
    expect(badges).toEqual([
      {
        key: PIX_EMPLOI_CLEA_BADGE_KEY,
        title: 'Pix emploi – Prêt pour le CléA numérique !',
        target_profile_id: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
        criteria: [{ scope: 'GLOBAL', threshold: 85 }, { scope: 'EVERY_AREA', threshold: 75 }],
      },
    ]);
  });
});
