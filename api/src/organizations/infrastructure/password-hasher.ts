import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-grade memory cost); hashes embed their parameters. */
export const passwordHasher = {
  hash: (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id }),
  verify: async (hash: string, password: string): Promise<boolean> => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },
};

export type PasswordHasher = typeof passwordHasher;

/**
 * Verified against when the e-mail is unknown, so that a login attempt takes as long whether or
 * not the account exists.
 */
export const UNKNOWN_USER_HASH = await passwordHasher.hash('orga-spe-no-such-user');
