import { describe, expect, it } from 'vitest';
import { changedFrozenFields, cleanCampaignFields } from './campaign-fields.js';
import { CampaignType, ExternalIdType } from './models/campaign.js';
import { buildCampaign } from './testing/builders.js';

const problemsOf = (act: () => unknown) => {
  try {
    act();
    return [];
  } catch (error) {
    return (error as { fields: { field: string; constraints: string[] }[] }).fields;
  }
};

describe('the fields of a campaign (guide p.55-60)', () => {
  it('are trimmed, and blanks mean "none"; the welcome text keeps its own spacing', () => {
    expect(cleanCampaignFields({ name: '  Diagnostic  ', title: '   ', welcomeText: '  Bonjour\n\n', externalIdLabel: '' }, CampaignType.ASSESSMENT)).toMatchObject({
      name: 'Diagnostic',
      title: null,
      welcomeText: '  Bonjour\n\n',
      externalIdLabel: null,
      externalIdType: null,
    });
  });

  it('need a name, and keep to the guide’s lengths: name 255, title 50, welcome text 5000, identifier 255', () => {
    expect(problemsOf(() => cleanCampaignFields({ name: '  ' }, CampaignType.ASSESSMENT))).toEqual([{ field: 'name', constraints: ['isNotEmpty'] }]);
    expect(problemsOf(() => cleanCampaignFields({ name: 'x'.repeat(255), title: 'x'.repeat(50), welcomeText: 'x'.repeat(5000), externalIdLabel: 'x'.repeat(255) }, CampaignType.ASSESSMENT))).toEqual([]);
    expect(problemsOf(() => cleanCampaignFields({ name: 'x'.repeat(256), title: 'x'.repeat(51), welcomeText: 'x'.repeat(5001), externalIdLabel: 'x'.repeat(256) }, CampaignType.ASSESSMENT))).toEqual([
      { field: 'name', constraints: ['maxLength'] },
      { field: 'title', constraints: ['maxLength'] },
      { field: 'welcomeText', constraints: ['maxLength'] },
      { field: 'externalIdLabel', constraints: ['maxLength'] },
    ]);
  });

  it('give a profiles collection no title: its participants see the organisation’s name', () => {
    expect(problemsOf(() => cleanCampaignFields({ name: 'Collecte', title: 'Titre' }, CampaignType.PROFILES_COLLECTION))).toEqual([{ field: 'title', constraints: ['notAllowed'] }]);
  });

  it('ask for a free text identifier unless told it is an e-mail; no label, no identifier type', () => {
    expect(cleanCampaignFields({ externalIdLabel: 'Identifiant France Travail' }, CampaignType.ASSESSMENT).externalIdType).toBe(ExternalIdType.STRING);
    expect(cleanCampaignFields({ externalIdLabel: 'E-mail', externalIdType: ExternalIdType.EMAIL }, CampaignType.ASSESSMENT).externalIdType).toBe(ExternalIdType.EMAIL);
    expect(cleanCampaignFields({ externalIdLabel: ' ', externalIdType: ExternalIdType.EMAIL }, CampaignType.ASSESSMENT).externalIdType).toBeNull();
  });

  it('leave a field as is when it is not sent; null multiple sendings or owner mean "unchanged", not "cleared"', () => {
    expect(cleanCampaignFields({ multipleSendings: null, ownerId: null }, CampaignType.ASSESSMENT)).toMatchObject({ name: undefined, multipleSendings: undefined, ownerId: undefined });
  });
});

describe('what freezes once someone has participated', () => {
  const campaign = buildCampaign({ externalIdLabel: 'Identifiant', externalIdType: ExternalIdType.STRING, multipleSendings: false });

  it('is the identifier and multiple sendings, only when the patch changes them', () => {
    expect(changedFrozenFields(campaign, { externalIdLabel: 'Identifiant', multipleSendings: false })).toEqual([]);
    expect(changedFrozenFields(campaign, { externalIdLabel: 'N° allocataire', multipleSendings: true })).toEqual(['externalIdLabel', 'multipleSendings']);
    expect(changedFrozenFields(campaign, { externalIdType: ExternalIdType.EMAIL })).toEqual(['externalIdType']);
  });
});
