import type { Principal } from '../../../shared/auth/principal.js';
import type { CertificationDependencies } from '../dependencies.js';
import { COMPLEMENTARY_CERTIFICATIONS } from '../models/pix-emploi.js';
import { toTargetProfileSkill } from '../models/target-profile.js';
import { assertCanReadProfile } from '../profile-access.js';
import { type CertificationEligibility, type ComplementaryEligibility, computeCertificationEligibility } from '../read-models/certification-eligibility.js';
import { computeProfile, type Profile } from '../read-models/profile.js';
import { computeBadges, computeResult } from '../read-models/target-profile-result.js';

type EligibilityDependencies = Pick<CertificationDependencies, 'referential' | 'knowledgeElements' | 'targetProfiles' | 'badges' | 'settings'>;

/**
 * Whether a person may take the Pix certification (5 competences at level 1 or more) and the
 * complementary ones (CléA numérique: the Pix emploi badge, computed from their latest knowledge
 * elements over the CléA profile). Same readers as the profile: the person, CERTIF and above.
 */
export async function getCertificationEligibility({ actor, userId }: { actor: Principal; userId: string }, deps: EligibilityDependencies): Promise<CertificationEligibility> {
  assertCanReadProfile(actor, userId);
  return (await evaluateProfileAndEligibility(userId, deps)).eligibility;
}

/** The profile and the eligibility behind it, for a caller that has already decided who may see them. */
export async function evaluateProfileAndEligibility(userId: string, deps: EligibilityDependencies): Promise<{ profile: Profile; eligibility: CertificationEligibility }> {
  const [referential, knowledgeElements] = await Promise.all([deps.referential.get(), deps.knowledgeElements.findLatestByUserId(userId)]);
  const profile = computeProfile({ userId, competences: referential.competences, knowledgeElements, maxReachableLevel: deps.settings.maxReachableLevel });
  const complementary = await Promise.all(
    COMPLEMENTARY_CERTIFICATIONS.map(async ({ key, label, badgeKey }): Promise<ComplementaryEligibility> => {
      const badge = await deps.badges.findByKey(badgeKey);
      if (!badge) return { key, label, isEligible: false };
      const skills = (await deps.targetProfiles.findSkills(badge.targetProfileId)).map(toTargetProfileSkill);
      const earned = computeBadges({ badges: [badge], result: computeResult({ skills, knowledgeElements }) });
      return { key, label, isEligible: earned.length > 0 };
    }),
  );
  return { profile, eligibility: computeCertificationEligibility({ profile, complementary }) };
}
