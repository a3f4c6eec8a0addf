import { createHash, randomBytes } from 'node:crypto';
import type { ClientCredentials } from '../domain/services.js';

/**
 * `client_id`: `osp_` and 20 random hexadecimal characters (public, in logs and lists).
 * `client_secret`: `osps_` and 32 random bytes in base64url, kept as its SHA-256: a secret of 256
 * random bits cannot be guessed from its hash, so it needs no slow password hash (refresh tokens
 * are kept the same way), and checking one costs the token endpoint microseconds, not an argon2 run.
 */
export const clientCredentials: ClientCredentials = {
  newClientId: () => `osp_${randomBytes(10).toString('hex')}`,
  newSecret: () => `osps_${randomBytes(32).toString('base64url')}`,
  hash: (secret) => createHash('sha256').update(secret).digest('hex'),
};
