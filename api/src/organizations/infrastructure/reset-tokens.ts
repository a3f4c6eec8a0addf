import { createHash, randomBytes } from 'node:crypto';
import type { ResetTokens } from '../domain/services.js';

/** 256 random bits, URL-safe: the secret of a reset link. Only its SHA-256 hash is stored. */
export function newResetToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const resetTokens: ResetTokens = { issue: newResetToken, hash: hashResetToken };
