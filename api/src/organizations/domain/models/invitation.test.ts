import { describe, expect, it } from 'vitest';
import { buildInvitation, buildOrganization, daysAfter, NOW } from '../testing/builders.js';
import { assertCanBeAccepted, invitationAddresses, invitationExpiresAt, InvitationStatus, isSentTo, maskEmail, MAX_EMAILS_PER_INVITATION, secondsBeforeResend } from './invitation.js';

describe('invitation rules', () => {
  it('masks the invited address for the public page: first character, ***, the domain', () => {
    expect(maskEmail('jeanne.martin@exemple.fr')).toBe('j***@exemple.fr');
    expect(maskEmail('é@exemple.fr')).toBe('é***@exemple.fr');
    expect(maskEmail('broken')).toBe('***');
  });

  it('compares the invited address and the account trimmed and case-insensitively', () => {
    expect(isSentTo({ email: 'jeanne@exemple.fr' }, '  Jeanne@Exemple.FR ')).toBe(true);
    expect(isSentTo({ email: 'jeanne@exemple.fr' }, 'jeanne@exemple.fr.evil')).toBe(false);
  });

  it('says how long before the e-mail may be sent again', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(secondsBeforeResend({ lastSentAt: new Date('2026-12-01T09:59:00Z') }, 300, now)).toBe(240);
    expect(secondsBeforeResend({ lastSentAt: new Date('2026-12-01T09:55:00Z') }, 300, now)).toBe(0);
    expect(secondsBeforeResend({ lastSentAt: new Date('2026-12-01T09:59:59.500Z') }, 300, now)).toBe(300);
  });
});

describe('accepting an invitation', () => {
  const code = (act: () => unknown) => {
    try {
      act();
      return 'ok';
    } catch (error) {
      return (error as { code: string }).code;
    }
  };
  const organization = buildOrganization();

  it('works while pending and before its expiry, and no more at the expiry instant', () => {
    const invitation = buildInvitation({ expiresAt: daysAfter(NOW, 30) });
    expect(code(() => assertCanBeAccepted(invitation, organization, daysAfter(NOW, 29)))).toBe('ok');
    expect(code(() => assertCanBeAccepted(invitation, organization, daysAfter(NOW, 30)))).toBe('INVITATION_EXPIRED');
  });

  it('is refused once accepted or cancelled (INVITATION_NOT_PENDING, with the status), before the expiry is even looked at', () => {
    for (const status of [InvitationStatus.ACCEPTED, InvitationStatus.CANCELLED]) {
      const spent = buildInvitation({ status, expiresAt: daysAfter(NOW, -1) });
      expect(code(() => assertCanBeAccepted(spent, organization, NOW)), status).toBe('INVITATION_NOT_PENDING');
    }
    expect(() => assertCanBeAccepted(buildInvitation({ status: InvitationStatus.CANCELLED }), organization, NOW)).toThrow(expect.objectContaining({ details: { status: 'CANCELLED' } }));
  });

  it('is refused in an archived organisation (ORGANIZATION_ARCHIVED)', () => {
    expect(code(() => assertCanBeAccepted(buildInvitation(), buildOrganization({ archivedAt: NOW }), NOW))).toBe('ORGANIZATION_ARCHIVED');
  });

  it('expires INVITATION_TTL_DAYS after it was sent', () => {
    expect(invitationExpiresAt(NOW, 30)).toEqual(new Date('2026-12-31T10:00:00.000Z'));
    expect(invitationExpiresAt(NOW, 7)).toEqual(new Date('2026-12-08T10:00:00.000Z'));
  });
});

describe('the addresses of one invitation form', () => {
  const isEmailAddress = (value: string) => /^[^\s@]+@[^\s@]+\.[a-z]+$/.test(value);
  const fieldsOf = (emails: string[]) => {
    try {
      return invitationAddresses(emails, isEmailAddress);
    } catch (error) {
      return { code: (error as { code: string }).code, fields: (error as { fields: unknown }).fields, message: (error as Error).message };
    }
  };

  it('are trimmed, lower-cased, without blanks, each once, in the order typed', () => {
    expect(fieldsOf([' Jeanne@Exemple.fr', 'paul@exemple.fr', '', 'jeanne@exemple.fr  ', '   '])).toEqual(['jeanne@exemple.fr', 'paul@exemple.fr']);
  });

  it('refuse the whole form, naming every invalid address', () => {
    expect(fieldsOf(['jeanne@exemple.fr', 'pas-une-adresse', 'paul@'])).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'emails', constraints: ['isEmail'] }],
      message: 'Adresses e-mail invalides : pas-une-adresse, paul@',
    });
  });

  it(`hold between 1 and ${MAX_EMAILS_PER_INVITATION} addresses`, () => {
    const many = Array.from({ length: MAX_EMAILS_PER_INVITATION + 1 }, (_, index) => `personne.${index}@exemple.fr`);
    expect(fieldsOf(many)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'emails', constraints: ['count'] }] });
    expect(fieldsOf(many.slice(1))).toHaveLength(MAX_EMAILS_PER_INVITATION);
    expect(fieldsOf(['  ', ''])).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'emails', constraints: ['count'] }] });
  });
});
