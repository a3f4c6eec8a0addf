import type { Skill } from './referential.js';

/**
 * A target profile ("profil cible"): the set of skills a campaign evaluates. Public profiles are
 * offered to every organisation; the others only to the organisations they are shared with.
 */
export enum TargetProfileCategory {
  /** The two Pix emploi profiles of the guide (Diagnostic initial, Parcours CléA numérique). */
  PIX_EMPLOI = 'PIX_EMPLOI',
  /** Every skill of one competence ("positionnement" on a whole competence). */
  COMPETENCE = 'COMPETENCE',
  OTHER = 'OTHER',
}

export interface TargetProfile {
  id: string;
  name: string;
  description: string | null;
  category: TargetProfileCategory;
  isPublic: boolean;
  /** "Je retente": a participant who retries may start again from scratch on its skills. */
  canResetKnowledgeElements: boolean;
  skillsCount: number;
}

/** A skill of a target profile, with where it sits in the referential. */
export interface TargetProfileSkill {
  skillId: string;
  competenceId: string;
  areaId: string;
}


/** A skill of a target profile with its details and area, as the profile's page lists it. */
export interface TargetProfileSkillDetail extends Skill {
  targetProfileId: string;
  areaId: string;
}

export function toTargetProfileSkill(skill: Pick<TargetProfileSkillDetail, 'id' | 'competenceId' | 'areaId'>): TargetProfileSkill {
  return { skillId: skill.id, competenceId: skill.competenceId, areaId: skill.areaId };
}
