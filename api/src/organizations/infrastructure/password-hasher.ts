import argon2 from 'argon2';
import type { PasswordHasher } from '../domain/services.js';

/** argon2id with the library's defaults (OWASP-grade memory cost); hashes embed their parameters. */
const hash = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

const verify = async (hashed: string, password: string): Promise<boolean> => {
  try {
    return await argon2.verify(hashed, password);
  } catch {
    return false;
  }
};

/**
 * Verified against when the e-mail is unknown, so that a login attempt takes as long whether or
 * not the account exists.
 */
export const UNKNOWN_USER_HASH = await hash('orga-spe-no-such-user');

export const passwordHasher: PasswordHasher = { hash, verify, unknownUserHash: UNKNOWN_USER_HASH };
