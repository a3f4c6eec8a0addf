import { describe, expect, it } from 'vitest';
import { isSentTo, maskEmail, secondsBeforeResend } from './invitation.js';

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
