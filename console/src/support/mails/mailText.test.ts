import { describe, expect, it } from 'vitest';
import { invitationState, mailTextParts } from './mailText';

describe('an outbox e-mail text', () => {
  it('makes links of URLs, leaving the sentence punctuation out', () => {
    expect(mailTextParts('Voir https://orga.example.fr/aide. Merci')).toEqual([
      { kind: 'text', text: 'Voir ' },
      { kind: 'link', href: 'https://orga.example.fr/aide' },
      { kind: 'text', text: '. Merci' },
    ]);
  });

  it('keeps a masked link as text (it would only lead to an error page)', () => {
    expect(mailTextParts('ouvrez ce lien : https://orga.example.fr/mot-de-passe/••••••••\nIl ne sert')).toEqual([
      { kind: 'text', text: 'ouvrez ce lien : ' },
      { kind: 'masked', text: 'https://orga.example.fr/mot-de-passe/••••••••' },
      { kind: 'text', text: '\nIl ne sert' },
    ]);
    expect(mailTextParts('https://o.fr/invitations/abc?code=••••••••#email=a%40b.fr')[0]).toMatchObject({ kind: 'masked' });
  });

  it("reads an invitation's state: expired only while pending", () => {
    expect(invitationState({ status: 'CANCELLED', isExpired: true })).toBe('CANCELLED');
    expect(invitationState({ status: 'PENDING', isExpired: true })).toBe('EXPIRED');
    expect(invitationState({ status: 'PENDING', isExpired: false })).toBe('PENDING');
    expect(invitationState(null)).toBeNull();
  });
});
