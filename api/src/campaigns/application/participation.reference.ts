import type { CampaignsContext } from './request-context.js';
import { ParticipationNotFoundError } from '../domain/errors.js';
import { ParticipationRepository } from '../infrastructure/participation.repository.js';
import { CampaignParticipation } from './participation.type.js';

/** Only the participant resolves their participation by id; results come with the sharing issue. */
export async function resolveParticipationReference(reference: { id: string }, context: CampaignsContext): Promise<CampaignParticipation> {
  const participation = await new ParticipationRepository(context.em).get(reference.id);
  if (context.principal.kind !== 'user' || participation.userId !== context.principal.userId) throw new ParticipationNotFoundError();
  return CampaignParticipation.from(participation);
}
