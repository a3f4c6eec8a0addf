import { describe, expect, it } from 'vitest';
import { buildCampaign, buildCampaignAccess, buildParticipation, NOW } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import type { CampaignAccessLookup } from '../campaign-access.js';
import { updateCampaign } from './update-campaign.usecase.js';
import { codeOf } from '../../../shared/testing/outcome.js';

const campaign = buildCampaign({ ownerId: 'owner', multipleSendings: false });
const asOwner: CampaignAccessLookup = async () => buildCampaignAccess({ role: 'MEMBER', userId: 'owner' });

describe('changing a campaign', () => {
  it('changes the identifier and multiple sendings while nobody has participated', async () => {
    const { deps } = inMemoryCampaigns({ campaigns: [{ ...campaign }] });
    expect(await updateCampaign({ accessTo: asOwner, id: campaign.id, fields: { multipleSendings: true, externalIdLabel: 'Identifiant' } }, deps)).toMatchObject({
      multipleSendings: true,
      externalIdLabel: 'Identifiant',
      externalIdType: 'STRING',
    });
  });

  it('freezes them once someone has participated (CANT_UPDATE_WHEN_PARTICIPATIONS), but not the name', async () => {
    const { deps } = inMemoryCampaigns({ campaigns: [{ ...campaign }], participations: [buildParticipation({ campaignId: campaign.id })] });
    await expect(updateCampaign({ accessTo: asOwner, id: campaign.id, fields: { multipleSendings: true } }, deps)).rejects.toMatchObject({
      code: 'CANT_UPDATE_WHEN_PARTICIPATIONS',
      details: { fields: ['multipleSendings'] },
    });
    expect(await updateCampaign({ accessTo: asOwner, id: campaign.id, fields: { name: 'Nouveau nom', multipleSendings: false } }, deps)).toMatchObject({ name: 'Nouveau nom' });
  });

  it('refuses an archived campaign (CAMPAIGN_ARCHIVED) and an owner outside the organisation (BAD_USER_INPUT)', async () => {
    expect(await codeOf(updateCampaign({ accessTo: asOwner, id: campaign.id, fields: { name: 'x' } }, inMemoryCampaigns({ campaigns: [{ ...campaign, archivedAt: NOW }] }).deps))).toBe('CAMPAIGN_ARCHIVED');
    const { deps } = inMemoryCampaigns({ campaigns: [{ ...campaign }], members: new Set([`${campaign.organizationId}:colleague`]) });
    expect(await codeOf(updateCampaign({ accessTo: asOwner, id: campaign.id, fields: { ownerId: 'stranger' } }, deps))).toBe('BAD_USER_INPUT');
    expect(await updateCampaign({ accessTo: asOwner, id: campaign.id, fields: { ownerId: 'colleague' } }, deps)).toMatchObject({ ownerId: 'colleague' });
  });

  it('is for its owner or an ADMIN: another member gets FORBIDDEN and nothing changes', async () => {
    const { deps, world } = inMemoryCampaigns({ campaigns: [{ ...campaign }] });
    const asColleague: CampaignAccessLookup = async () => buildCampaignAccess({ role: 'MEMBER', userId: 'colleague' });
    expect(await codeOf(updateCampaign({ accessTo: asColleague, id: campaign.id, fields: { name: 'x' } }, deps))).toBe('FORBIDDEN');
    expect(world.campaigns[0]!.name).toBe(campaign.name);
  });
});
