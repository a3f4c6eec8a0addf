import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { Participation } from '../models/participation.js';
import { startParticipation } from './start-participation.usecase.js';

/**
 * "Je retente" from the participant's results page: a new sending with the same identifier
 * (startParticipation holds the rules: multiple sendings, shared, the delay). The validated skills
 * still count, so only the failed questions are asked again (guide p.35); `resetKnowledgeElements`
 * is for "remise à zéro" (reset-participation.usecase.ts), which has checked the profile allows it.
 */
export async function retryParticipation(
  { actor, campaignId, resetKnowledgeElements = false }: { actor: UserPrincipal; campaignId: string; resetKnowledgeElements?: boolean },
  deps: CampaignsDependencies,
): Promise<Participation> {
  const current = await deps.participations.findCurrent(campaignId, actor.userId);
  if (!current) throw new NotFoundError("Vous n'avez pas encore participé à cette campagne.");
  const campaign = await deps.campaigns.get(campaignId);
  return startParticipation({ actor, code: campaign.code, participantExternalId: current.participantExternalId, resetKnowledgeElements }, deps);
}
