import { describe, expect, it } from 'vitest';
import { PROFILES_COLLECTION, toCreateInput, toUpdateInput, withoutLockedFields } from './campaignsProvider';

describe('the campaign form as the API takes it', () => {
  it('creates an evaluation with its target profile, title and identifier', () => {
    expect(
      toCreateInput('org-1', {
        name: '  Diagnostic – mars ',
        whatToTest: 'profile-1',
        asksExternalId: 'YES',
        externalIdLabel: 'Identifiant France Travail',
        title: 'Diagnostic Pix emploi',
        welcomeText: 'Bonjour **vous**',
        multipleSendings: false,
      }),
    ).toEqual({
      organizationId: 'org-1',
      type: 'ASSESSMENT',
      name: 'Diagnostic – mars',
      targetProfileId: 'profile-1',
      title: 'Diagnostic Pix emploi',
      welcomeText: 'Bonjour **vous**',
      externalIdLabel: 'Identifiant France Travail',
      externalIdType: 'STRING',
      multipleSendings: false,
    });
  });

  it('sends no identifier when the answer is "Non", and no profile nor title for a profiles collection', () => {
    expect(
      toCreateInput('org-1', { name: 'Collecte', whatToTest: PROFILES_COLLECTION, asksExternalId: 'NO', externalIdLabel: 'typed then abandoned', title: 'x', welcomeText: '  ' }),
    ).toMatchObject({ type: 'PROFILES_COLLECTION', targetProfileId: null, title: null, welcomeText: null, externalIdLabel: null, externalIdType: null });
  });

  it('updates only what changed, so that untouched identifier settings never trip CANT_UPDATE_WHEN_PARTICIPATIONS', () => {
    const previous = { name: 'A', title: 'T', welcomeText: 'W', externalIdLabel: 'Identifiant', externalIdType: 'STRING', multipleSendings: false, ownerId: 'u1', asksExternalId: 'YES' };
    expect(toUpdateInput({ ...previous, welcomeText: 'Nouveau' }, previous)).toEqual({ welcomeText: 'Nouveau' });
    expect(toUpdateInput({ ...previous, title: '' }, previous)).toEqual({ title: null });
    expect(toUpdateInput({ ...previous, asksExternalId: 'NO' }, previous)).toEqual({ externalIdLabel: null, externalIdType: null });
  });

  it('sends nothing of the locked fields once someone took part, even emptied by a disabled input', () => {
    const previous = { name: 'Diagnostic', externalIdLabel: 'Identifiant France Travail', externalIdType: 'STRING', multipleSendings: true, asksExternalId: 'YES' };
    const edited = withoutLockedFields({ ...previous, hasParticipations: true, name: 'Diagnostic 2026', externalIdLabel: undefined, multipleSendings: undefined, asksExternalId: undefined });
    expect(toUpdateInput(edited, previous)).toEqual({ name: 'Diagnostic 2026' });
    // Before anyone took part, they change like the rest.
    expect(toUpdateInput(withoutLockedFields({ ...previous, hasParticipations: false, multipleSendings: false }), previous)).toEqual({ multipleSendings: false });
  });
});
