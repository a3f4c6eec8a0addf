import type { certification } from '@orga-spe/api';

type TargetProfileSkill = certification.TargetProfileSkill;

export interface Answer {
  skillId: string;
  status: 'VALIDATED' | 'INVALIDATED';
}

/**
 * What the assessment engine would report for someone who masters `masteryRate` of a target
 * profile: exactly round(rate × skills) validated, spread over the competences in proportion to
 * their size (largest remainders), the easier levels first within each. Spreading keeps every area
 * near the global rate, so a high rate also meets the CléA badge's 75 % per area. The other skills
 * are reported as failed. Deterministic: the same person gives the same answers to a skill whatever
 * the campaign, so their knowledge elements never contradict each other.
 */
export function answersFor(skills: readonly TargetProfileSkill[], masteryRate: number): Answer[] {
  const byCompetence = new Map<string, string[]>();
  for (const skill of skills) byCompetence.set(skill.competenceId, [...(byCompetence.get(skill.competenceId) ?? []), skill.skillId]);
  const groups = [...byCompetence.values()].map((ids) => ids.sort((a, b) => levelOf(a) - levelOf(b) || a.localeCompare(b)));

  const target = Math.round(masteryRate * skills.length);
  const quotas = groups.map((ids) => ids.length * masteryRate);
  const counts = quotas.map(Math.floor);
  const byRemainder = quotas.map((quota, index) => ({ index, remainder: quota - Math.floor(quota) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const missing = target - counts.reduce((sum, count) => sum + count, 0);
  for (const { index } of byRemainder.slice(0, missing)) counts[index]! += 1;

  return groups.flatMap((ids, index) => ids.map((skillId, rank): Answer => ({ skillId, status: rank < counts[index]! ? 'VALIDATED' : 'INVALIDATED' })));
}

/** Skill ids end with their level: 'skill-navigateur1'. */
function levelOf(skillId: string): number {
  return Number(/(\d+)$/.exec(skillId)?.[1] ?? 0);
}
