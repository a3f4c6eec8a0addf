import { describe, expect, it } from 'vitest';
import { ParticipationStatus } from '../models/participation.js';
import { buildCampaign, buildSharedParticipation, buildUserPrincipal } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { retryParticipation } from './retry-participation.usecase.js';

const person = buildUserPrincipal();
const campaign = buildCampaign({ multipleSendings: true });

describe('"Je retente" from the results page', () => {
  it('needs a previous participation (NOT_FOUND otherwise)', async () => {
    const { deps } = inMemoryCampaigns({ campaigns: [campaign] });
    await expect(retryParticipation({ actor: person, campaignId: campaign.id }, deps)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('starts the new sending with the identifier of the previous one, keeping the validated skills', async () => {
    const previous = buildSharedParticipation(5, { campaignId: campaign.id, userId: person.userId, participantExternalId: 'FT-123' });
    const { deps, world } = inMemoryCampaigns({ campaigns: [{ ...campaign, externalIdLabel: 'Identifiant' }], participations: [previous] });
    expect(await retryParticipation({ actor: person, campaignId: campaign.id }, deps)).toMatchObject({ status: ParticipationStatus.STARTED, participantExternalId: 'FT-123' });
    expect(world.resets).toEqual([]);
  });
});
