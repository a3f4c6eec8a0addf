import type { Principal } from '../../../shared/auth/principal.js';
import type { CertificationDependencies } from '../dependencies.js';
import { assertCanReadProfile } from '../profile-access.js';
import { computeProfile, type Profile } from '../read-models/profile.js';

/** A person's pix score and level per competence, for themself or for support. */
export async function getUserProfile(
  { actor, userId }: { actor: Principal; userId: string },
  deps: CertificationDependencies,
): Promise<Profile> {
  assertCanReadProfile(actor, userId);
  const [referential, knowledgeElements] = await Promise.all([deps.referential.get(), deps.knowledgeElements.findLatestByUserId(userId)]);
  return computeProfile({ userId, competences: referential.competences, knowledgeElements, maxReachableLevel: deps.settings.maxReachableLevel });
}
