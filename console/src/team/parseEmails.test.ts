import { describe, expect, it } from 'vitest';
import { parseEmails } from './parseEmails';

describe('parseEmails (the "Inviter un membre" field)', () => {
  it('splits on commas, semicolons, spaces and new lines; trims, lower-cases and de-duplicates in typed order', () => {
    expect(parseEmails(' Lea.Martin@Example.fr, karim@example.fr;\nlea.martin@example.fr  paul@example.fr\n')).toEqual({
      emails: ['lea.martin@example.fr', 'karim@example.fr', 'paul@example.fr'],
      invalid: [],
    });
  });

  it('accepts addresses pasted from a mail client between angle brackets', () => {
    expect(parseEmails('<camille@example.fr>').emails).toEqual(['camille@example.fr']);
  });

  it('reports what is not an address, as typed', () => {
    expect(parseEmails('ok@example.fr, Pas-Une-Adresse, @example.fr, x@y')).toEqual({
      emails: ['ok@example.fr'],
      invalid: ['Pas-Une-Adresse', '@example.fr', 'x@y'],
    });
  });

  it('gives nothing for blank input', () => {
    expect(parseEmails(' \n , ; ')).toEqual({ emails: [], invalid: [] });
  });
});
