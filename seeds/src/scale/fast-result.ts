import { certification } from '@orga-spe/api';

type KnowledgeElement = certification.KnowledgeElement;
type TargetProfileSkill = certification.TargetProfileSkill;
type TargetProfileResult = certification.TargetProfileResult;

/**
 * The certification context's `computeResult`, same output, for a million snapshots: the app's
 * version sorts competences with `localeCompare(…, 'en', { numeric: true })` on every call (about
 * 50 µs a comparison here, 4 ms a result), so the order is worked out once per profile instead.
 * seeds/test/scale.test.ts checks every generated snapshot against the app's own function.
 */
export class ResultCalculator {
  private readonly competences: { competenceId: string; areaId: string }[];
  private readonly areas: string[];
  /** skill id → [competence index, area index], once per skill (the profile may repeat one). */
  private readonly skillSlots = new Map<string, [number, number]>();

  constructor(skills: readonly TargetProfileSkill[]) {
    const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
    const unique = [...new Map(skills.map((skill) => [skill.skillId, skill])).values()];
    const competences = new Map<string, string>();
    const areas = new Set<string>();
    for (const skill of unique) {
      if (!competences.has(skill.competenceId)) competences.set(skill.competenceId, skill.areaId);
      areas.add(skill.areaId);
    }
    this.competences = [...competences].sort(([a], [b]) => byCode(a, b)).map(([competenceId, areaId]) => ({ competenceId, areaId }));
    this.areas = [...areas].sort(byCode);
    for (const skill of unique) {
      this.skillSlots.set(skill.skillId, [this.competences.findIndex((entry) => entry.competenceId === skill.competenceId), this.areas.indexOf(skill.areaId)]);
    }
  }

  /** `elements`: the latest element of each skill (older ones already dropped). */
  compute(latest: ReadonlyMap<string, KnowledgeElement>): TargetProfileResult {
    const competenceCounts = this.competences.map(() => [0, 0, 0]);
    const areaCounts = this.areas.map(() => [0, 0, 0]);
    const total = [0, 0, 0];
    for (const [skillId, [competence, area]] of this.skillSlots) {
      const element = latest.get(skillId);
      for (const counts of [total, competenceCounts[competence]!, areaCounts[area]!]) {
        counts[2] += 1;
        if (element) counts[1] += 1;
        if (element?.status === 'VALIDATED') counts[0] += 1;
      }
    }
    return {
      ...mastery(total),
      competences: this.competences.map((entry, index) => ({ competenceId: entry.competenceId, areaId: entry.areaId, ...mastery(competenceCounts[index]!) })),
      areas: this.areas.map((areaId, index) => ({ areaId, ...mastery(areaCounts[index]!) })),
    };
  }
}

function mastery([validated, tested, total]: number[]) {
  return {
    validatedSkillsCount: validated!,
    testedSkillsCount: tested!,
    totalSkillsCount: total!,
    masteryRate: total === 0 ? 0 : Math.round((validated! * 100) / total!) / 100,
  };
}
