import { describe, expect, it } from 'vitest';
import { buildCampaign, buildSharedParticipation, buildUserPrincipal, daysAfter, NOW } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { findMyRetryOptions } from './find-my-retry-options.usecase.js';

const person = buildUserPrincipal();
const campaign = buildCampaign({ multipleSendings: true });
const resettable = new Set([campaign.targetProfileId!]);
const shared = (days: number, overrides = {}) => buildSharedParticipation(days, { campaignId: campaign.id, userId: person.userId, ...overrides });

describe('the buttons of the landing page after sharing', () => {
  const optionsOf = (seed: Parameters<typeof inMemoryCampaigns>[0], of = campaign) => findMyRetryOptions({ userId: person.userId, campaign: of }, inMemoryCampaigns(seed).deps);

  it('offer "Je retente", and "Remettre à zéro" when the profile allows it, once the delay has passed', async () => {
    expect(await optionsOf({ participations: [shared(5)], resettableProfiles: resettable })).toMatchObject({ canRetry: true, canReset: true });
    expect(await optionsOf({ participations: [shared(5)] })).toMatchObject({ canRetry: true, canReset: false });
  });

  it('say from when before the delay, and offer nothing without multiple sendings or on an archived campaign', async () => {
    expect(await optionsOf({ participations: [shared(1)], resettableProfiles: resettable })).toMatchObject({ canRetry: false, canReset: false, retryAvailableAt: daysAfter(NOW, 3) });
    expect(await optionsOf({ participations: [shared(5)] }, { ...campaign, multipleSendings: false })).toEqual({ canRetry: false, canReset: false, retryAvailableAt: null });
    expect(await optionsOf({ participations: [shared(5)] }, { ...campaign, archivedAt: NOW })).toMatchObject({ canRetry: false, canReset: false });
  });
});
