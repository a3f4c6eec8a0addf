import { certification, type Orm } from '@orga-spe/api';
import { ResultCalculator } from './fast-result.js';
import type { Reference, SkillInfo } from './snapshots.js';

/** The referential and the Pix emploi profiles the campaigns evaluate, read once through the certification api. */
export async function loadReference(orm: Orm): Promise<Reference> {
  const em = orm.em.fork();
  const rows = await em.getConnection().execute<{ id: string; competence_id: string; area_id: string; level: number; pix_value: string }[]>(
    `select s.id, s.competence_id, c.area_id, s.level, s.pix_value from certification.skills s join certification.competences c on c.id = s.competence_id order by c.sort_order, s.level, s.id`,
  );
  const skills = new Map<string, SkillInfo>(
    rows.map((row) => [row.id, { id: row.id, competenceId: row.competence_id, areaId: row.area_id, level: Number(row.level), pixHundredths: Math.round(Number(row.pix_value) * 100) }]),
  );
  const referential = await certification.getReferentialAreasAndCompetences({ em: em });
  const profileIds = [
    certification.PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID,
    certification.PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
    ...referential.competences.map((competence) => certification.competenceTargetProfileId(competence.code)),
  ];
  const profiles: Reference['profiles'] = new Map();
  for (const id of profileIds) {
    const skills = await certification.getTargetProfileSkills({ em: em }, id);
    profiles.set(id, { skills, badges: await certification.getTargetProfileBadges({ em: em }, id), calculator: new ResultCalculator(skills) });
  }
  return { skills, profiles, referential, maxReachableLevel: certification.certificationSettings().maxReachableLevel };
}
