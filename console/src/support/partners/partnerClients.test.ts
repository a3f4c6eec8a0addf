import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../auth/graphqlClient';
import { fr } from '../../i18n/fr';
import { displayAddress, endOfDay, expiryBounds, expiryProblem, fieldErrorsFromApi, PARTNER_SCOPES, partnerClientStatus, splitTags, tags, toCreatePartnerClientInput, tokenCurl } from './partnerClients';

// 2 December 2026, 10:30 local time.
const now = new Date(2026, 11, 2, 10, 30);

describe('a partner client', () => {
  it('is revoked once revoked, even if also past its expiry; expired at its expiry; active otherwise', () => {
    expect(partnerClientStatus({ revokedAt: '2026-11-30T10:00:00Z', expiresAt: '2026-01-01T00:00:00Z' }, now)).toBe('REVOKED');
    expect(partnerClientStatus({ revokedAt: null, expiresAt: new Date(now.getTime() - 1).toISOString() }, now)).toBe('EXPIRED');
    expect(partnerClientStatus({ revokedAt: null, expiresAt: now.toISOString() }, now)).toBe('EXPIRED');
    expect(partnerClientStatus({ revokedAt: null, expiresAt: new Date(now.getTime() + 60_000).toISOString() }, now)).toBe('ACTIVE');
  });

  it('shows its last address as people write it', () => {
    expect(displayAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(displayAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(displayAddress('192.0.2.7')).toBe('192.0.2.7');
  });

  it('explains every scope in both languages, in the order docs/partners.md lists them', () => {
    expect(PARTNER_SCOPES).toEqual(['ORGANIZATIONS_READ', 'CAMPAIGNS_READ', 'RESULTS_READ', 'RESULTS_IDENTITY', 'WEBHOOKS_MANAGE']);
    for (const scope of PARTNER_SCOPES) expect(fr.orga.support.partners.scopes[scope].help).toBeTruthy();
  });
});

describe('the expiry of a new client', () => {
  it('falls between tomorrow and a year from today, and lasts to the end of its day', () => {
    expect(expiryBounds(now)).toEqual({ min: '2026-12-03', max: '2027-12-02' });
    expect(expiryProblem('', now)).toBeUndefined();
    expect(expiryProblem(null, now)).toBeUndefined();
    expect(expiryProblem('2026-12-03', now)).toBeUndefined();
    expect(expiryProblem('2027-12-02', now)).toBeUndefined();
    expect(expiryProblem('2026-12-02', now)).toBe('orga.support.partners.fieldErrors.expiresAt');
    expect(expiryProblem('2027-12-03', now)).toBe('orga.support.partners.fieldErrors.expiresAt');
    expect(expiryProblem('demain', now)).toBe('orga.support.partners.fieldErrors.expiresAt');
    expect(endOfDay('2027-06-30')).toEqual(new Date(2027, 5, 30, 23, 59, 59));
  });

  it('keeps within what the API accepts: more than a day from now, at most 366 days', () => {
    const { min, max } = expiryBounds(now);
    const day = 24 * 3600 * 1000;
    expect(endOfDay(min).getTime()).toBeGreaterThan(now.getTime() + day);
    expect(endOfDay(max).getTime()).toBeLessThanOrEqual(now.getTime() + 366 * day);
  });
});

describe('the creation form', () => {
  it('keeps typed tags trimmed, each once, and cuts them at commas', () => {
    expect(tags([' Gironde ', 'Gironde', '', 'Landes', 3])).toEqual(['Gironde', 'Landes']);
    expect(splitTags('Haute-Vienne, Creuse;Corrèze ,')).toEqual(['Haute-Vienne', 'Creuse', 'Corrèze']);
  });

  it('sends trimmed values, the scopes in order, and leaves out what was not given', () => {
    expect(toCreatePartnerClientInput({ name: ' SI I-Milo ', networkId: 'n1', scopes: ['RESULTS_READ', 'ORGANIZATIONS_READ'], regions: [], departments: [' '], expiresAt: '', contactEmail: ' ' })).toEqual({
      name: 'SI I-Milo',
      networkId: 'n1',
      scopes: ['ORGANIZATIONS_READ', 'RESULTS_READ'],
    });
    expect(
      toCreatePartnerClientInput({ name: 'SI', networkId: 'n1', scopes: ['RESULTS_READ'], regions: ['Nouvelle-Aquitaine'], departments: ['Gironde'], expiresAt: '2027-06-30', contactEmail: ' si@unml.fr ' }),
    ).toEqual({
      name: 'SI',
      networkId: 'n1',
      scopes: ['RESULTS_READ'],
      regions: ['Nouvelle-Aquitaine'],
      departments: ['Gironde'],
      expiresAt: new Date(2027, 5, 30, 23, 59, 59).toISOString(),
      contactEmail: 'si@unml.fr',
    });
  });

  it("puts BAD_USER_INPUT's fields under the form's fields, whatever their path", () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'invalid', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.contactEmail', constraints: ['isEmailOnceTrimmed'] },
        { field: 'expiresAt', constraints: ['range'] },
        { field: 'regions.3', constraints: ['maxLength'] },
        { field: 'name', constraints: ['length'] },
        { field: 'scopes', constraints: ['scopes'] },
        { field: 'networkId', constraints: ['exists'] },
        { field: 'somethingElse', constraints: ['x'] },
      ],
    });
    expect(fieldErrorsFromApi(error)).toEqual({
      contactEmail: 'orga.support.partners.fieldErrors.contactEmail',
      expiresAt: 'orga.support.partners.fieldErrors.expiresAt',
      regions: 'orga.support.partners.fieldErrors.places',
      name: 'orga.support.partners.fieldErrors.nameLength',
      scopes: 'orga.support.partners.fieldErrors.scopes',
      networkId: 'orga.support.partners.fieldErrors.network',
    });
    expect(fieldErrorsFromApi(new GraphQLRequestError('BAD_USER_INPUT', 'x', { fields: [{ field: 'overlapHours', constraints: ['range'] }] }))).toEqual({
      overlapHours: 'orga.support.partners.fieldErrors.overlapHours',
    });
    expect(fieldErrorsFromApi(new GraphQLRequestError('FORBIDDEN', 'no'))).toEqual({});
  });

  it('gives the token request of docs/partners.md for this client and server', () => {
    expect(tokenCurl('https://orga.example.fr/', 'osp_0a1b', 'osps_x-Y_z', ['RESULTS_READ', 'ORGANIZATIONS_READ'])).toBe(
      "curl -s -u 'osp_0a1b:osps_x-Y_z' -d grant_type=client_credentials -d 'scope=organizations:read results:read' https://orga.example.fr/oauth/token",
    );
  });
});
