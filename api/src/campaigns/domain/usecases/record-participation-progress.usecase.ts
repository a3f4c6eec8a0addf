import type { CampaignsDependencies } from '../dependencies.js';
import { ParticipationNotStartedError } from '../errors.js';
import { type Participation, ParticipationStatus } from '../models/participation.js';
import type { KnowledgeElementInput } from '../ports.js';

/**
 * The assessment engine reports what a participant's test established (knowledge elements) and,
 * at the end, that the test is finished: STARTED → TO_SHARE ("en attente"). One transaction: the
 * elements and the new state land together, or nothing does.
 */
export async function recordParticipationProgress(
  { participationId, elements, finished }: { participationId: string; elements: KnowledgeElementInput[]; finished: boolean },
  deps: CampaignsDependencies,
): Promise<Participation> {
  return deps.transaction(async (tx) => {
    const participation = await tx.participations.get(participationId);
    if (participation.status !== ParticipationStatus.STARTED || participation.isImproved || !participation.userId) {
      throw new ParticipationNotStartedError(participation.status);
    }
    await tx.knowledgeElements.record({ participation: { id: participation.id, userId: participation.userId }, elements, finished });
    if (finished) await tx.participations.markAsFinished(participation.id, tx.now());
    return tx.participations.get(participation.id);
  });
}
