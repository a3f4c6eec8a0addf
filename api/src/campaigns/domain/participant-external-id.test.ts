import { describe, expect, it } from 'vitest';
import { ExternalIdType } from './models/campaign.js';
import { checkParticipantExternalId } from './participant-external-id.js';

const isEmailAddress = (value: string) => /^[^\s@]+@[^\s@]+\.[a-z]+$/.test(value);
const check = (campaign: { externalIdLabel: string | null; externalIdType: ExternalIdType | null }, given: string | null) => {
  try {
    return checkParticipantExternalId(campaign, given, isEmailAddress);
  } catch (error) {
    return (error as { code: string }).code;
  }
};
const asked = { externalIdLabel: 'Identifiant France Travail', externalIdType: ExternalIdType.STRING };

describe('the identifier a campaign asks its participants (guide p.57)', () => {
  it('is kept trimmed when asked, and dropped when the campaign asks nothing', () => {
    expect(check(asked, '  FT-12345 ')).toBe('FT-12345');
    expect(check({ externalIdLabel: null, externalIdType: null }, 'FT-12345')).toBeNull();
  });

  it('is required when asked: missing or blank is EXTERNAL_ID_REQUIRED', () => {
    expect(check(asked, null)).toBe('EXTERNAL_ID_REQUIRED');
    expect(check(asked, '   ')).toBe('EXTERNAL_ID_REQUIRED');
  });

  it('holds at most 255 characters (BAD_USER_INPUT beyond)', () => {
    expect(check(asked, 'x'.repeat(255))).toHaveLength(255);
    expect(check(asked, 'x'.repeat(256))).toBe('BAD_USER_INPUT');
  });

  it('must be an e-mail address when the campaign asks for one (INVALID_EMAIL)', () => {
    const email = { externalIdLabel: 'Adresse e-mail', externalIdType: ExternalIdType.EMAIL };
    expect(check(email, 'jeanne@exemple.fr')).toBe('jeanne@exemple.fr');
    expect(check(email, 'jeanne')).toBe('INVALID_EMAIL');
  });
});
