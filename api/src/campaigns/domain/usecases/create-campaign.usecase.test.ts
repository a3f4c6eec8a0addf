import { describe, expect, it } from 'vitest';
import { CampaignType, CODE_PATTERN } from '../models/campaign.js';
import { buildCampaignAccess } from '../testing/builders.js';
import { inMemoryCampaigns } from '../testing/in-memory.js';
import { createCampaign } from './create-campaign.usecase.js';

const organizationId = 'mission-locale';
const profile = 'diagnostic-initial';
const creator = buildCampaignAccess({ role: 'MEMBER', userId: 'creator' });
const seed = () => ({ usableProfiles: new Set([`${organizationId}:${profile}`]), members: new Set([`${organizationId}:colleague`]) });
const fieldsOf = (promise: Promise<unknown>) => promise.then(() => [], (error: { fields?: unknown; code: string }) => error.fields ?? error.code);

describe('creating a campaign (guide p.55-60)', () => {
  it('gives it a code of the guide’s alphabet, one sending, and its creator as owner', async () => {
    const { deps } = inMemoryCampaigns(seed());
    const campaign = await createCampaign({ access: creator, organizationId, type: CampaignType.ASSESSMENT, targetProfileId: profile, fields: { name: ' Diagnostic ' } }, deps);
    expect(campaign).toMatchObject({ name: 'Diagnostic', organizationId, targetProfileId: profile, multipleSendings: false, ownerId: 'creator', creatorId: 'creator' });
    expect(campaign.code).toMatch(CODE_PATTERN);
  });

  it('evaluates a profile the organisation may use: none, or another’s, is BAD_USER_INPUT on targetProfileId', async () => {
    const { deps } = inMemoryCampaigns(seed());
    const attempt = (targetProfileId: string | null) => createCampaign({ access: creator, organizationId, type: CampaignType.ASSESSMENT, targetProfileId, fields: { name: 'x' } }, deps);
    expect(await fieldsOf(attempt(null))).toEqual([{ field: 'targetProfileId', constraints: ['exists'] }]);
    expect(await fieldsOf(attempt('private-profile-of-another'))).toEqual([{ field: 'targetProfileId', constraints: ['exists'] }]);
  });

  it('a profiles collection has no profile, and no title', async () => {
    const { deps } = inMemoryCampaigns(seed());
    const collection = (targetProfileId: string | null, title?: string) => createCampaign({ access: creator, organizationId, type: CampaignType.PROFILES_COLLECTION, targetProfileId, fields: { name: 'Collecte', title } }, deps);
    expect(await fieldsOf(collection(profile))).toEqual([{ field: 'targetProfileId', constraints: ['notAllowed'] }]);
    expect(await fieldsOf(collection(null, 'Titre'))).toEqual([{ field: 'title', constraints: ['notAllowed'] }]);
    expect(await collection(null)).toMatchObject({ type: CampaignType.PROFILES_COLLECTION, targetProfileId: null });
  });

  it('may name another owner, who must be a member of the organisation', async () => {
    const { deps } = inMemoryCampaigns(seed());
    const withOwner = (ownerId: string) => createCampaign({ access: creator, organizationId, type: CampaignType.ASSESSMENT, targetProfileId: profile, fields: { name: 'x', ownerId } }, deps);
    expect(await withOwner('colleague')).toMatchObject({ ownerId: 'colleague', creatorId: 'creator' });
    expect(await fieldsOf(withOwner('stranger'))).toEqual([{ field: 'ownerId', constraints: ['isMember'] }]);
  });

  it('is for members only: support gets FORBIDDEN and nothing is created', async () => {
    const { deps, world } = inMemoryCampaigns(seed());
    const support = buildCampaignAccess({ role: null, canRead: true, canReadActivity: true });
    expect(await fieldsOf(createCampaign({ access: support, organizationId, type: CampaignType.ASSESSMENT, targetProfileId: profile, fields: { name: 'x' } }, deps))).toBe('FORBIDDEN');
    expect(world.campaigns).toEqual([]);
  });
});
