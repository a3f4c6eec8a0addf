import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { participationEvent } from '../events.js';
import { AlreadyParticipatedError, CampaignArchivedError, NothingToImproveError, RetryNotAllowedYetError } from '../errors.js';
import { normalizeCampaignCode } from '../models/campaign.js';
import { checkNewSending, type NewSendingCheck } from '../models/new-sending.js';
import type { Participation } from '../models/participation.js';
import { checkParticipantExternalId } from '../participant-external-id.js';
import { getCampaignToJoin } from './get-campaign-to-join.usecase.js';

/**
 * The participant starts by code (guide p.25), giving the identifier when asked. One current
 * participation per person and campaign; with multiple sendings a new one once the previous one
 * is shared and the retry delay has passed ("Je retente"). Concurrent starts create one
 * participation (unique index). A new sending keeps the identifier of the previous one: it is the
 * structure's key for the person ("Identifiant France Travail"), so a different one given then is
 * ignored.
 */
export async function startParticipation(
  {
    actor,
    code,
    participantExternalId,
    resetKnowledgeElements = false,
  }: {
    actor: UserPrincipal;
    code: string;
    participantExternalId: string | null;
    /** "Remise à zéro": the new sending starts from nothing on the profile's skills (same transaction). */
    resetKnowledgeElements?: boolean;
  },
  deps: CampaignsDependencies,
): Promise<Participation> {
  const campaign = await getCampaignToJoin({ code: normalizeCampaignCode(code) }, deps);
  if (campaign.archivedAt) throw new CampaignArchivedError();

  return deps.transaction(async (tx) => {
    const now = tx.now();
    const current = await tx.participations.findCurrent(campaign.id, actor.userId);
    const check = checkNewSending({ multipleSendings: campaign.multipleSendings, current, retryDelayDays: tx.settings.retryDelayDays, now });
    if (!check.allowed) throw refusal(check);
    const externalId = current?.participantExternalId ?? checkParticipantExternalId(campaign, participantExternalId, deps.isEmailAddress);
    const person = await tx.organizations.getPerson(actor.userId);
    const participantId = await tx.participations.findOrCreateParticipant(campaign.organizationId, person, now);
    const inCampaign = { campaignId: campaign.id, participantId };
    // Without a current participation the person counts for nothing yet in this campaign (their
    // figures hang on it): nothing to withdraw. Should another start create one meanwhile, the
    // insert below finds it and this transaction rolls back.
    if (current) await tx.readSide.withdraw(inCampaign);
    // "Je retente": the previous sending stays, marked as improved.
    if (current) await tx.participations.markAsImproved(current.id);
    const participation = await tx.participations.createUnlessCurrentExists(
      { campaignId: campaign.id, participantId, userId: actor.userId, participantExternalId: externalId },
      now,
    );
    if (!participation) throw new AlreadyParticipatedError();
    await tx.readSide.record(inCampaign);
    if (resetKnowledgeElements && campaign.targetProfileId) {
      await tx.knowledgeElements.reset({ participation: { id: participation.id, userId: actor.userId }, targetProfileId: campaign.targetProfileId });
    }
    await tx.events.record(participationEvent('participation.started', participation, campaign, now));
    return participation;
  });
}

function refusal(check: Exclude<NewSendingCheck, { allowed: true }>): Error {
  if (check.reason === 'RETRY_NOT_ALLOWED_YET') return new RetryNotAllowedYetError(check.availableAt);
  if (check.reason === 'NOTHING_TO_IMPROVE') return new NothingToImproveError();
  return new AlreadyParticipatedError();
}
