import { describe, expect, it } from 'vitest';
import { CampaignType } from '../models/campaign.js';
import { buildCampaign, buildSharedParticipation, buildUserPrincipal } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { resetParticipation } from './reset-participation.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const person = buildUserPrincipal();
const campaign = buildCampaign({ multipleSendings: true });
const resettable = new Set([campaign.targetProfileId!]);
const shared = (days: number, overrides = {}) => buildSharedParticipation(days, { campaignId: campaign.id, userId: person.userId, ...overrides });

describe('"Remettre à zéro": a new sending that asks every skill again', () => {
  it('is offered only when the target profile allows it (RESET_NOT_ALLOWED otherwise)', async () => {
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign], participations: [shared(5)] });
    expect(await codeOf(resetParticipation({ actor: person, campaignId: campaign.id }, deps))).toBe('RESET_NOT_ALLOWED');
    expect(world.participations).toHaveLength(1);
  });

  it('is never possible on a profiles collection, which has no target profile', async () => {
    const collection = buildCampaign({ type: CampaignType.PROFILES_COLLECTION, targetProfileId: null, multipleSendings: true });
    const { deps } = inMemoryCampaigns({ campaigns: [collection], participations: [shared(5, { campaignId: collection.id })] });
    expect(await codeOf(resetParticipation({ actor: person, campaignId: collection.id }, deps))).toBe('RESET_NOT_ALLOWED');
  });

  it('starts a new sending from nothing on the profile’s skills, under the same delay as "Je retente"', async () => {
    const early = inMemoryCampaigns({ campaigns: [campaign], participations: [shared(2)], resettableProfiles: resettable });
    expect(await codeOf(resetParticipation({ actor: person, campaignId: campaign.id }, early.deps))).toBe('RETRY_NOT_ALLOWED_YET');
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign], participations: [shared(5)], resettableProfiles: resettable });
    const next = await resetParticipation({ actor: person, campaignId: campaign.id }, deps);
    expect(world.resets).toEqual([{ participationId: next.id, targetProfileId: campaign.targetProfileId }]);
  });
});
