import { describe, expect, it } from 'vitest';
import { ExternalIdType } from '../models/campaign.js';
import { ParticipationStatus } from '../models/participation.js';
import { buildCampaign, buildParticipation, buildSharedParticipation, buildUserPrincipal, daysAfter, NOW } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { startParticipation } from './start-participation.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const person = buildUserPrincipal();
const campaign = buildCampaign({ code: 'TUMYUZ238', multipleSendings: true });
const start = (deps: ReturnType<typeof inMemoryCampaigns>['deps'], participantExternalId: string | null = null, code = campaign.code) =>
  startParticipation({ actor: person, code, participantExternalId }, deps);
const sharedDaysAgo = (days: number, overrides = {}) => buildSharedParticipation(days, { campaignId: campaign.id, userId: person.userId, ...overrides });

describe('starting a campaign by its code (guide p.25)', () => {
  it('starts a participation, whatever the case and spaces of the code typed', async () => {
    const { deps } = inMemoryCampaigns({ campaigns: [campaign] });
    expect(await start(deps, null, ' tumyuz 238 ')).toMatchObject({ campaignId: campaign.id, userId: person.userId, status: ParticipationStatus.STARTED });
  });

  it("takes the person's contribution out of the campaign's figures before a new sending, and adds it back after", async () => {
    const previous = sharedDaysAgo(30);
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign], participations: [previous] });
    const started = await start(deps);
    const person = `${campaign.id}:${started.participantId}`;
    expect(world.readSide).toEqual([`withdraw ${person}`, `record ${person}`]);
    expect(world.participations.find((participation) => participation.id === previous.id)?.isImproved).toBe(true);
  });

  it('only adds a first sending to the figures: there is nothing of the person to take out yet', async () => {
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign] });
    const started = await start(deps);
    expect(world.readSide).toEqual([`record ${campaign.id}:${started.participantId}`]);
  });

  it('answers an unknown code NOT_FOUND and an archived campaign CAMPAIGN_ARCHIVED', async () => {
    expect(await codeOf(start(inMemoryCampaigns({ campaigns: [campaign] }).deps, null, 'AAAAAA222'))).toBe('NOT_FOUND');
    expect(await codeOf(start(inMemoryCampaigns({ campaigns: [{ ...campaign, archivedAt: NOW }] }).deps))).toBe('CAMPAIGN_ARCHIVED');
  });

  it('asks the identifier when the campaign wants one', async () => {
    const asking = { ...campaign, externalIdLabel: 'Identifiant France Travail', externalIdType: ExternalIdType.STRING };
    expect(await codeOf(start(inMemoryCampaigns({ campaigns: [asking] }).deps))).toBe('EXTERNAL_ID_REQUIRED');
    expect(await start(inMemoryCampaigns({ campaigns: [asking] }).deps, ' FT-123 ')).toMatchObject({ participantExternalId: 'FT-123' });
  });

  it('lets a person participate once without multiple sendings: ALREADY_PARTICIPATED, even after sharing', async () => {
    const once = { ...campaign, multipleSendings: false };
    const { deps } = inMemoryCampaigns({ campaigns: [once], participations: [sharedDaysAgo(30)] });
    expect(await codeOf(start(deps))).toBe('ALREADY_PARTICIPATED');
  });

  it('refuses a new sending while the previous one is not shared (ALREADY_PARTICIPATED)', async () => {
    const running = buildParticipation({ campaignId: campaign.id, userId: person.userId, status: ParticipationStatus.TO_SHARE });
    expect(await codeOf(start(inMemoryCampaigns({ campaigns: [campaign], participations: [running] }).deps))).toBe('ALREADY_PARTICIPATED');
  });
});

describe('"Je retente" (guide p.35): a new sending with multiple sendings', () => {
  it('opens 4 days after sharing: before, RETRY_NOT_ALLOWED_YET says from when', async () => {
    const { deps } = inMemoryCampaigns({ campaigns: [campaign], participations: [sharedDaysAgo(3)] });
    await expect(start(deps)).rejects.toMatchObject({ code: 'RETRY_NOT_ALLOWED_YET', details: { availableAt: daysAfter(NOW, 1).toISOString() } });
  });

  it('follows RETRY_DELAY_DAYS: with 0 days, right after sharing', async () => {
    const { deps } = inMemoryCampaigns({ campaigns: [campaign], participations: [sharedDaysAgo(0)] }, { retryDelayDays: 0 });
    expect(await start(deps)).toMatchObject({ status: ParticipationStatus.STARTED });
  });

  it('keeps the previous sending, marked improved, and the identifier first given (a different one is ignored)', async () => {
    const previous = sharedDaysAgo(4, { participantExternalId: 'FT-123' });
    const asking = { ...campaign, externalIdLabel: 'Identifiant France Travail', externalIdType: ExternalIdType.STRING };
    const { deps, world } = inMemoryCampaigns({ campaigns: [asking], participations: [previous] });
    const next = await start(deps, 'AUTRE-456');
    expect(next).toMatchObject({ status: ParticipationStatus.STARTED, participantExternalId: 'FT-123' });
    expect(world.participations.map((p) => [p.id, p.status, p.isImproved])).toEqual([
      [previous.id, ParticipationStatus.SHARED, true],
      [next.id, ParticipationStatus.STARTED, false],
    ]);
  });

  it('is refused with NOTHING_TO_IMPROVE after a shared result that validated every skill, and nothing changes', async () => {
    const mastered = sharedDaysAgo(30, { masteryRate: '1.0000' });
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign], participations: [mastered] });
    expect(await codeOf(start(deps))).toBe('NOTHING_TO_IMPROVE');
    expect(world.participations).toEqual([mastered]);
  });

  it('keeps the validated skills unless asked to start from scratch ("remise à zéro")', async () => {
    const kept = inMemoryCampaigns({ campaigns: [campaign], participations: [sharedDaysAgo(5)] });
    await start(kept.deps);
    expect(kept.world.resets).toEqual([]);
    const reset = inMemoryCampaigns({ campaigns: [campaign], participations: [sharedDaysAgo(5)] });
    const next = await startParticipation({ actor: person, code: campaign.code, participantExternalId: null, resetKnowledgeElements: true }, reset.deps);
    expect(reset.world.resets).toEqual([{ participationId: next.id, targetProfileId: campaign.targetProfileId }]);
  });
});
