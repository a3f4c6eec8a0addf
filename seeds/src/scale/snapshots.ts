import { buildAssessmentSnapshot, buildProfilesCollectionSnapshot, certification, type ResultsSnapshot } from '@orga-spe/api';
import { ResultCalculator } from './fast-result.js';

type KnowledgeElement = certification.KnowledgeElement;
type Badge = certification.Badge;
type TargetProfileSkill = certification.TargetProfileSkill;

export interface SkillInfo {
  id: string;
  competenceId: string;
  areaId: string;
  level: number;
  pixHundredths: number;
}

export interface ProfileData {
  skills: TargetProfileSkill[];
  badges: Badge[];
  calculator: ResultCalculator;
}

export interface Reference {
  skills: Map<string, SkillInfo>;
  /** Target profile id → its skills (referential order) and badges. */
  profiles: Map<string, ProfileData>;
  referential: certification.Referential;
  maxReachableLevel: number;
}

/** What the share use case freezes on a participation: the campaigns context's ResultsSnapshot, from its own builders. */
export type Snapshot = ResultsSnapshot & { pixScore: number };

/** The latest element of each skill (of `skillIds` when given), as the knowledge-element repository reads them. */
export function latestPerSkill(elements: readonly KnowledgeElement[], skillIds?: ReadonlySet<string>): Map<string, KnowledgeElement> {
  const latest = new Map<string, KnowledgeElement>();
  for (const element of elements) {
    if (skillIds && !skillIds.has(element.skillId)) continue;
    const current = latest.get(element.skillId);
    if (!current || element.createdAt.getTime() >= current.createdAt.getTime()) latest.set(element.skillId, element);
  }
  return latest;
}

/**
 * An assessment's snapshot, as `resultsCalculator(em).forAssessment` (campaigns infrastructure)
 * builds it: the result over the person's latest element of each profile skill, the certification
 * context's `computeBadges`, pix summed in hundredths then floored.
 */
export function assessmentSnapshot(profile: ProfileData, elements: readonly KnowledgeElement[], skillIds: ReadonlySet<string>): Snapshot {
  const latest = latestPerSkill(elements, skillIds);
  const result = profile.calculator.compute(latest);
  const badges = profile.badges.length ? certification.computeBadges({ badges: profile.badges, result }) : [];
  return buildAssessmentSnapshot({ result, badges, knowledgeElements: latest.values() });
}

/** The certifications taken with Pix's (certification context, pix-emploi.ts): CléA numérique. */
const COMPLEMENTARY = [{ key: 'CLEA_NUMERIQUE', label: 'CléA numérique', badgeKey: certification.PIX_EMPLOI_CLEA_BADGE_KEY }];

/**
 * A profiles collection's snapshot, as `resultsCalculator(em).forProfilesCollection` builds it from
 * `evaluateProfileAndEligibility`: the app's `computeProfile` and `computeCertificationEligibility`,
 * the CléA badge over the CléA profile. The test compares it with the app's function.
 */
export function profilesCollectionSnapshot(reference: Reference, userId: string, elements: readonly KnowledgeElement[]): Snapshot {
  const knowledgeElements = [...latestPerSkill(elements).values()];
  const profile = certification.computeProfile({ userId, competences: reference.referential.competences, knowledgeElements, maxReachableLevel: reference.maxReachableLevel });
  const complementary = COMPLEMENTARY.map(({ key, label, badgeKey }) => {
    const owner = [...reference.profiles.values()].find((entry) => entry.badges.some((badge) => badge.key === badgeKey));
    if (!owner) return { key, label, isEligible: false };
    const badge = owner.badges.find((entry) => entry.key === badgeKey)!;
    const result = owner.calculator.compute(latestPerSkill(knowledgeElements, new Set(owner.skills.map((skill) => skill.skillId))));
    return { key, label, isEligible: certification.computeBadges({ badges: [badge], result }).length > 0 };
  });
  const eligibility = certification.computeCertificationEligibility({ profile, complementary });
  return buildProfilesCollectionSnapshot({ profile, eligibility });
}
