import { type Badge, BadgeCriterionScope } from '../models/badge.js';
import { type KnowledgeElement, KnowledgeElementStatus } from '../models/knowledge-element.js';
import type { TargetProfileSkill } from '../models/target-profile.js';
import { latestPerSkill } from './profile.js';

export interface Mastery {
  /** Skills of the scope whose latest element is VALIDATED. */
  validatedSkillsCount: number;
  /** Skills of the scope with any element (validated or not). */
  testedSkillsCount: number;
  /** Skills of the scope in the target profile. */
  totalSkillsCount: number;
  /** validated / total, from 0 to 1, rounded to 2 decimals (0 for an empty scope). */
  masteryRate: number;
}

export interface CompetenceMastery extends Mastery {
  competenceId: string;
  areaId: string;
}

export interface AreaMastery extends Mastery {
  areaId: string;
}

/** A person's result over a target profile: globally, per competence and per area it covers. */
export interface TargetProfileResult extends Mastery {
  competences: CompetenceMastery[];
  areas: AreaMastery[];
}

export interface ResultInput {
  /** The skills of the target profile. */
  skills: readonly TargetProfileSkill[];
  /** The person's elements: the latest per skill or the whole history, of any skills (others are ignored). */
  knowledgeElements: readonly KnowledgeElement[];
}

/**
 * PRODUCT.md: mastery rate = validated skills / target-profile skills, the latest element of each
 * skill deciding; per competence and per area alike. Competences and areas come in code order.
 */
export function computeResult({ skills, knowledgeElements }: ResultInput): TargetProfileResult {
  const latest = new Map(latestPerSkill([...knowledgeElements]).map((element) => [element.skillId, element]));
  const competences = new Map<string, CompetenceMastery>();
  const areas = new Map<string, AreaMastery>();
  const total = emptyMastery();
  for (const skill of new Map(skills.map((entry) => [entry.skillId, entry])).values()) {
    const competence = getOrAdd(competences, skill.competenceId, () => ({ competenceId: skill.competenceId, areaId: skill.areaId, ...emptyMastery() }));
    const area = getOrAdd(areas, skill.areaId, () => ({ areaId: skill.areaId, ...emptyMastery() }));
    const element = latest.get(skill.skillId);
    for (const scope of [total, competence, area]) {
      scope.totalSkillsCount += 1;
      if (element) scope.testedSkillsCount += 1;
      if (element?.status === KnowledgeElementStatus.VALIDATED) scope.validatedSkillsCount += 1;
    }
  }
  const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return {
    ...withRate(total),
    competences: [...competences.values()].sort((a, b) => byCode(a.competenceId, b.competenceId)).map(withRate),
    areas: [...areas.values()].sort((a, b) => byCode(a.areaId, b.areaId)).map(withRate),
  };
}

/**
 * The badges a result earns: every criterion met. Thresholds compare exact counts
 * (validated × 100 ≥ threshold × total), never the rounded rates: 84.9 % is not 85 %.
 */
export function computeBadges({ badges, result }: { badges: readonly Badge[]; result: TargetProfileResult }): Badge[] {
  return badges.filter((badge) => badge.criteria.length > 0 && badge.criteria.every((criterion) => {
    switch (criterion.scope) {
      case BadgeCriterionScope.GLOBAL:
        return reaches(result, criterion.threshold);
      case BadgeCriterionScope.EVERY_AREA:
        return result.areas.length > 0 && result.areas.every((area) => reaches(area, criterion.threshold));
      default:
        return false;
    }
  }));
}

function reaches(mastery: Mastery, thresholdPercent: number): boolean {
  return mastery.totalSkillsCount > 0 && mastery.validatedSkillsCount * 100 >= thresholdPercent * mastery.totalSkillsCount;
}

function emptyMastery(): Mastery {
  return { validatedSkillsCount: 0, testedSkillsCount: 0, totalSkillsCount: 0, masteryRate: 0 };
}

function withRate<T extends Mastery>(mastery: T): T {
  const rate = mastery.totalSkillsCount === 0 ? 0 : Math.round((mastery.validatedSkillsCount * 100) / mastery.totalSkillsCount) / 100;
  return { ...mastery, masteryRate: rate };
}

function getOrAdd<T>(map: Map<string, T>, key: string, create: () => T): T {
  let value = map.get(key);
  if (!value) map.set(key, (value = create()));
  return value;
}
