import type { CertificationContext } from './request-context.js';
import { TargetProfile } from './target-profile.type.js';

/**
 * Another subgraph (campaigns) hands us a `TargetProfile` by id, from a record it already
 * authorised (a campaign of the caller's organisation): no visibility check here.
 */
export async function resolveTargetProfileReference(reference: { id: string }, context: CertificationContext): Promise<TargetProfile | null> {
  const targetProfile = await context.loaders.certification.targetProfileById.load(reference.id);
  return targetProfile ? TargetProfile.from(targetProfile) : null;
}
