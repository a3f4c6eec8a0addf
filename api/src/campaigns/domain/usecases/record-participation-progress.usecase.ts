import type { CampaignsDependencies } from '../dependencies.js';
import type { Participation } from '../models/participation.js';
import { assertIsRunning } from '../models/participation-lifecycle.js';
import { participationEvent } from '../events.js';
import type { KnowledgeElementInput } from '../services.js';

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
    assertIsRunning(participation);
    await tx.knowledgeElements.record({ participation: { id: participation.id, userId: participation.userId }, elements, finished });
    if (!finished || !participation.participantId) return participation;
    const person = { campaignId: participation.campaignId, participantId: participation.participantId };
    await tx.readSide.withdraw(person);
    // Null when a concurrent report finished it first (it waited on the person's lock): as it now is.
    const finishedNow = await tx.participations.markAsFinished(participation.id, tx.now());
    await tx.readSide.record(person);
    if (!finishedNow) return tx.participations.get(participation.id);
    await tx.events.record(participationEvent('participation.completed', finishedNow, await tx.campaigns.get(participation.campaignId), finishedNow.finishedAt ?? tx.now()));
    return finishedNow;
  });
}
