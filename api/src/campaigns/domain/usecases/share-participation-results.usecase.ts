import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { AlreadySharedError, ParticipationNotFoundError } from '../errors.js';
import { CampaignType } from '../models/campaign.js';
import type { Participation } from '../models/participation.js';
import { assertCanShare } from '../models/participation-lifecycle.js';
import { participationEvent } from '../events.js';

/**
 * The participant consents (guide p.31): results are computed and frozen now, and from then on
 * the organisation sees them. Only the participant, only finished, only once, never to an archived
 * campaign.
 */
export async function shareParticipationResults(
  { actor, participationId }: { actor: UserPrincipal; participationId: string },
  deps: CampaignsDependencies,
): Promise<Participation> {
  const participation = await deps.participations.get(participationId);
  // Someone else's participation does not exist for this caller.
  if (participation.userId !== actor.userId) throw new ParticipationNotFoundError();
  const campaign = await deps.campaigns.get(participation.campaignId);
  assertCanShare(participation, campaign);

  return deps.transaction(async (tx) => {
    const snapshot =
      campaign.type === CampaignType.ASSESSMENT
        ? await tx.results.forAssessment(actor.userId, campaign.targetProfileId!)
        : await tx.results.forProfilesCollection(actor.userId);
    const person = { campaignId: campaign.id, participantId: participation.participantId! };
    await tx.readSide.withdraw(person);
    const shared = await tx.participations.markAsShared(participation.id, snapshot, tx.now());
    if (!shared) throw new AlreadySharedError();
    await tx.readSide.record(person);
    await tx.events.record(participationEvent('participation.shared', shared, campaign, shared.sharedAt ?? tx.now()));
    return shared;
  });
}
