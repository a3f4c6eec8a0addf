import type { Area, Competence, Referential, Skill } from '../models/referential.js';

export interface CompetenceContent {
  competence: Competence;
  skills: Skill[];
}

export interface AreaContent {
  area: Area;
  skillsCount: number;
  competences: CompetenceContent[];
}

/**
 * A target profile's skills grouped by competence and area, in referential order; only the
 * areas and competences the profile covers. Skills keep the order they come in.
 */
export function groupSkillsByArea(referential: Referential, skills: readonly Skill[]): AreaContent[] {
  const byCompetence = new Map<string, Skill[]>();
  for (const skill of skills) byCompetence.set(skill.competenceId, [...(byCompetence.get(skill.competenceId) ?? []), skill]);
  return referential.areas.flatMap((area) => {
    const competences = referential.competences
      .filter((competence) => competence.areaId === area.id && byCompetence.has(competence.id))
      .map((competence) => ({ competence, skills: byCompetence.get(competence.id)! }));
    if (competences.length === 0) return [];
    return [{ area, skillsCount: competences.reduce((count, entry) => count + entry.skills.length, 0), competences }];
  });
}
