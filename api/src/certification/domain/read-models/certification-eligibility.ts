import type { CompetenceScore, Profile } from './profile.js';

/** PRODUCT.md / guide p.44: certifiable with at least 5 competences at level 1 or more. */
export const REQUIRED_COMPETENCES_COUNT = 5;
export const MIN_CERTIFIABLE_LEVEL = 1;

export interface ComplementaryEligibility {
  key: string;
  label: string;
  isEligible: boolean;
}

/** Whether a person may take the Pix certification, and why: it explains itself. */
export interface CertificationEligibility {
  userId: string;
  isCertifiable: boolean;
  /** Competences at level 1 or more. */
  certifiableCompetencesCount: number;
  requiredCompetencesCount: number;
  /** How many more competences must reach level 1 (0 once certifiable). */
  missingCompetencesCount: number;
  /** The competences that count (level 1 or more), in referential order. */
  competences: CompetenceScore[];
  complementary: ComplementaryEligibility[];
}

export function computeCertificationEligibility({ profile, complementary }: { profile: Profile; complementary: ComplementaryEligibility[] }): CertificationEligibility {
  const competences = profile.competences.filter((score) => score.level >= MIN_CERTIFIABLE_LEVEL);
  return {
    userId: profile.userId,
    isCertifiable: competences.length >= REQUIRED_COMPETENCES_COUNT,
    certifiableCompetencesCount: competences.length,
    requiredCompetencesCount: REQUIRED_COMPETENCES_COUNT,
    missingCompetencesCount: Math.max(0, REQUIRED_COMPETENCES_COUNT - competences.length),
    competences,
    complementary,
  };
}
