import { describe, expect, it } from 'vitest';
import { buildCampaign, buildCampaignAccess } from './testing/builders.js';

const codeOf = (act: () => unknown) => {
  try {
    act();
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('who may do what with a campaign (PRODUCT.md)', () => {
  const campaign = buildCampaign({ ownerId: 'owner' });

  it('members read their organisation’s campaigns; a caller who may not read activity gets NOT_FOUND, as for an unknown id', () => {
    expect(codeOf(() => buildCampaignAccess({ role: 'MEMBER' }).assertCanRead())).toBe('ok');
    expect(codeOf(() => buildCampaignAccess({ role: null, canRead: true, canReadActivity: false }).assertCanRead())).toBe('NOT_FOUND');
    expect(codeOf(() => buildCampaignAccess({ role: null, canRead: false }).assertCanRead())).toBe('NOT_FOUND');
  });

  it('hands the use cases reading results a campaign only once reading it was allowed', () => {
    expect(buildCampaignAccess({ role: 'MEMBER' }).readable(campaign)).toBe(campaign);
    expect(codeOf(() => buildCampaignAccess({ role: null, canRead: true, canReadActivity: false }).readable(campaign))).toBe('NOT_FOUND');
  });

  it('support that reads activity (SUPPORT, SUPER_ADMIN) looks but neither creates nor changes a campaign', () => {
    const support = buildCampaignAccess({ role: null, canRead: true, canReadActivity: true });
    expect(codeOf(() => support.assertCanRead())).toBe('ok');
    expect(codeOf(() => support.assertCanCreate())).toBe('FORBIDDEN');
    expect(codeOf(() => support.assertCanManage(campaign))).toBe('FORBIDDEN');
  });

  it('any member creates campaigns; someone outside the organisation gets NOT_FOUND', () => {
    expect(codeOf(() => buildCampaignAccess({ role: 'MEMBER' }).assertCanCreate())).toBe('ok');
    expect(codeOf(() => buildCampaignAccess({ role: null, canRead: false }).assertCanCreate())).toBe('NOT_FOUND');
  });

  it('only its owner or an ADMIN changes a campaign; another member gets FORBIDDEN', () => {
    expect(codeOf(() => buildCampaignAccess({ role: 'MEMBER', userId: 'owner' }).assertCanManage(campaign))).toBe('ok');
    expect(codeOf(() => buildCampaignAccess({ role: 'ADMIN', userId: 'someone' }).assertCanManage(campaign))).toBe('ok');
    expect(codeOf(() => buildCampaignAccess({ role: 'MEMBER', userId: 'someone' }).assertCanManage(campaign))).toBe('FORBIDDEN');
  });

  it("METIER sees the organisation but not its lists of campaigns and figures (FORBIDDEN)", () => {
    expect(codeOf(() => buildCampaignAccess({ role: null, canRead: true, canReadActivity: false }).assertCanReadOrganizationActivity())).toBe('FORBIDDEN');
    expect(codeOf(() => buildCampaignAccess({ role: 'MEMBER' }).assertCanReadOrganizationActivity())).toBe('ok');
  });
});
