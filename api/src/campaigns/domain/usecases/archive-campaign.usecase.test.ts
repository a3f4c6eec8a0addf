import { describe, expect, it } from 'vitest';
import type { CampaignAccessLookup } from '../campaign-access.js';
import { buildCampaign, buildCampaignAccess, buildParticipation, NOW } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { archiveCampaign, unarchiveCampaign } from './archive-campaign.usecase.js';
import { deleteCampaign } from './delete-campaign.usecase.js';

const asAdmin: CampaignAccessLookup = async () => buildCampaignAccess({ role: 'ADMIN', userId: 'admin' });

describe('archiving a campaign', () => {
  it('archives and unarchives, each idempotent: archiving twice keeps the first date', async () => {
    const campaign = buildCampaign();
    const { deps } = inMemoryCampaigns({ campaigns: [campaign] });
    expect(await archiveCampaign({ accessTo: asAdmin, id: campaign.id }, deps)).toMatchObject({ archivedAt: NOW });
    const earlier = buildCampaign({ archivedAt: new Date('2026-11-01T00:00:00Z') });
    expect(await archiveCampaign({ accessTo: asAdmin, id: earlier.id }, inMemoryCampaigns({ campaigns: [earlier] }).deps)).toMatchObject({ archivedAt: earlier.archivedAt });
    expect(await unarchiveCampaign({ accessTo: asAdmin, id: campaign.id }, deps)).toMatchObject({ archivedAt: null });
    expect(await unarchiveCampaign({ accessTo: asAdmin, id: campaign.id }, deps)).toMatchObject({ archivedAt: null });
  });
});

describe('deleting a campaign', () => {
  it('makes it unknown and anonymises its participations, which stay countable', async () => {
    const campaign = buildCampaign();
    const participation = buildParticipation({ campaignId: campaign.id, participantExternalId: 'FT-123' });
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign], participations: [participation] });
    expect(await deleteCampaign({ accessTo: asAdmin, id: campaign.id }, deps)).toBe(true);
    await expect(deps.campaigns.get(campaign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(world.participations).toEqual([expect.objectContaining({ id: participation.id, userId: null, participantId: null, participantExternalId: null, deletedAt: NOW })]);
  });

  it('is for its owner or an ADMIN (FORBIDDEN for another member)', async () => {
    const campaign = buildCampaign({ ownerId: 'owner' });
    const { deps, world } = inMemoryCampaigns({ campaigns: [campaign] });
    const asColleague: CampaignAccessLookup = async () => buildCampaignAccess({ role: 'MEMBER', userId: 'colleague' });
    await expect(deleteCampaign({ accessTo: asColleague, id: campaign.id }, deps)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(world.campaigns[0]!.deletedAt).toBeNull();
  });
});
