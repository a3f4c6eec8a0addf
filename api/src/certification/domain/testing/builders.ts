import { NOW } from '../../../shared/testing/builders.js';
import { type Badge, BadgeCriterionScope } from '../models/badge.js';
import { type KnowledgeElement, KnowledgeElementStatus } from '../models/knowledge-element.js';
import { PIX_EMPLOI_CLEA_BADGE_KEY, PIX_EMPLOI_CLEA_TARGET_PROFILE_ID } from '../models/pix-emploi.js';
import type { Area, Competence, Referential, Skill } from '../models/referential.js';
import { type TargetProfile, TargetProfileCategory, type TargetProfileSkill } from '../models/target-profile.js';

export { buildSupportAgent, buildUserPrincipal, daysAfter, NOW } from '../../../shared/testing/builders.js';

/**
 * Valid domain objects of the certification context for unit tests: `build<Noun>(overrides)`
 * gives sensible defaults (the 16 competences of the Pix referential, a validated element worth
 * 1 pix, the CléA badge as the migration seeds it) and fresh ids, so that a test spells only what
 * its rule reads. For tests only: the dependency rule keeps these files importing nothing but the
 * domain and the shared kernel.
 */
let sequence = 0;
const next = () => (sequence += 1);

/** The 16 competences of the referential (guide, annex 1), by code. */
export const COMPETENCE_CODES = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'] as const;

/** A competence whose id is its code ('2.1'), in area '2'. */
export function buildCompetence(code: string, overrides: Partial<Competence> = {}): Competence {
  return { id: code, areaId: code.split('.')[0]!, code, name: `Compétence ${code}`, description: '', sortOrder: COMPETENCE_CODES.indexOf(code as (typeof COMPETENCE_CODES)[number]), ...overrides };
}

export function buildArea(code: string, overrides: Partial<Area> = {}): Area {
  return { id: code, code, title: `Domaine ${code}`, color: null, ...overrides };
}

/** The referential: 5 areas and the 16 competences. */
export function buildReferential(): Referential {
  return { areas: ['1', '2', '3', '4', '5'].map((code) => buildArea(code)), competences: COMPETENCE_CODES.map((code) => buildCompetence(code)) };
}

export function buildSkill(overrides: Partial<Skill> = {}): Skill {
  const n = next();
  return { id: `skill-${n}`, competenceId: '1.1', name: `@rechercheInfo${(n % 8) + 1}`, level: (n % 8) + 1, pixValue: 1, topic: null, ...overrides };
}

/** `count` fresh skills of one competence as a target profile lists them (the area is the code's first digit). */
export function buildTargetProfileSkills(competenceId: string, count: number): TargetProfileSkill[] {
  return Array.from({ length: count }, () => ({ skillId: `skill-${next()}`, competenceId, areaId: competenceId.split('.')[0]! }));
}

/** A public target profile that does not allow "remise à zéro". */
export function buildTargetProfile(overrides: Partial<TargetProfile> = {}): TargetProfile {
  const n = next();
  return { id: `target-profile-${n}`, name: `Profil ${n}`, description: null, category: TargetProfileCategory.OTHER, isPublic: true, canResetKnowledgeElements: false, skillsCount: 0, ...overrides };
}

/** A VALIDATED element worth 1 pix in competence 1.1, on a skill of its own, at NOW. */
export function buildKnowledgeElement(overrides: Partial<KnowledgeElement> = {}): KnowledgeElement {
  const n = next();
  return {
    id: `ke-${n}`,
    userId: 'user',
    skillId: `skill-${n}`,
    competenceId: '1.1',
    status: KnowledgeElementStatus.VALIDATED,
    earnedPix: 1,
    participationId: null,
    createdAt: NOW,
    ...overrides,
  };
}

/** Validated elements on the first `count` of these skills. */
export function validatedOn(skills: readonly TargetProfileSkill[], count: number, overrides: Partial<KnowledgeElement> = {}): KnowledgeElement[] {
  return skills.slice(0, count).map((skill) => buildKnowledgeElement({ skillId: skill.skillId, competenceId: skill.competenceId, ...overrides }));
}

/** Validated elements on distinct skills of one competence, one pix each: `pix` in total. */
export function validatedPix(competenceId: string, pix: number, overrides: Partial<KnowledgeElement> = {}): KnowledgeElement[] {
  return Array.from({ length: pix }, () => buildKnowledgeElement({ competenceId, ...overrides }));
}

/** The CléA badge as seeded: 85 % of the profile's skills and 75 % in every area, on the CléA profile. */
export function buildBadge(overrides: Partial<Badge> = {}): Badge {
  return {
    id: `badge-${next()}`,
    key: PIX_EMPLOI_CLEA_BADGE_KEY,
    targetProfileId: PIX_EMPLOI_CLEA_TARGET_PROFILE_ID,
    title: 'Pix emploi – Prêt pour le CléA numérique !',
    message: null,
    criteria: [
      { scope: BadgeCriterionScope.GLOBAL, threshold: 85 },
      { scope: BadgeCriterionScope.EVERY_AREA, threshold: 75 },
    ],
    ...overrides,
  };
}
