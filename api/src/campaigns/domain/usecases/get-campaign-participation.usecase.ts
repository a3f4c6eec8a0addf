import { ParticipationNotFoundError } from '../errors.js';
import type { ReadableCampaign } from '../campaign-access.js';
import type { CampaignsDependencies } from '../dependencies.js';
import type { Participation } from '../models/participation.js';

/**
 * One participant's page of a campaign (guide p.72), read by the campaign's team. A participation
 * of another campaign is NOT_FOUND, so that an id never leads outside the campaign one may read.
 */
export async function getCampaignParticipation(
  { campaign, participationId }: { campaign: ReadableCampaign; participationId: string },
  deps: Pick<CampaignsDependencies, 'participations'>,
): Promise<Participation & { participantFirstName: string | null; participantLastName: string | null }> {
  const participation = await deps.participations.get(participationId);
  if (participation.campaignId !== campaign.id) throw new ParticipationNotFoundError();
  const names = participation.participantId ? await deps.participations.findParticipantNames([participation.participantId]) : new Map();
  const name = participation.participantId ? names.get(participation.participantId) : undefined;
  return { ...participation, participantFirstName: name?.firstName ?? null, participantLastName: name?.lastName ?? null };
}
