import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, CLIENT_ERROR_CODES, FALLBACK_ERROR_KEY } from '../auth/errorCodes';
import { en } from './en';
import { fr } from './fr';

type Tree = { [key: string]: string | Tree };

/** `path → message` for every leaf. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [p, v] of flatten(value, path)) leaves.set(p, v);
  }
  return leaves;
}

const french = flatten(fr);
const english = flatten(en);
const placeholders = (message: string) => [...message.matchAll(/%\{(\w+)\}/g)].map(m => m[1]).sort();

describe('console messages', () => {
  it('have exactly the same keys in French and English', () => {
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [path, message] of french) {
      expect(placeholders(english.get(path) ?? ''), path).toEqual(placeholders(message));
    }
  });

  it.each([...API_ERROR_CODES, ...CLIENT_ERROR_CODES])('explain the error code %s in both languages', code => {
    expect(french.get(`orga.errors.${code}`)?.trim()).toBeTruthy();
    expect(english.get(`orga.errors.${code}`)?.trim()).toBeTruthy();
  });

  it('have a fallback for codes this console does not know', () => {
    expect(french.get(FALLBACK_ERROR_KEY)).toBeTruthy();
    expect(english.get(FALLBACK_ERROR_KEY)).toBeTruthy();
  });

  it('word the login errors as agreed with the journeys', () => {
    expect(fr.orga.errors.INVALID_CREDENTIALS).toBe("L'adresse e-mail ou le mot de passe est incorrect.");
    expect(fr.orga.errors.TOO_MANY_ATTEMPTS).toBe('Trop de tentatives de connexion. Réessayez dans quelques minutes.');
  });
});
