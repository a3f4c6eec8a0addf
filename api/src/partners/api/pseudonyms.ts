import { createHmac } from 'node:crypto';

/**
 * A person as one partner client sees them: stable for that client, different for every other
 * (Pix's partner API does the same), so that two networks cannot join their data on it. 128 bits
 * of an HMAC keyed by AUTH_SECRET; the key never leaves the server.
 */
export function pseudonymousId(authSecret: string, partnerClientId: string, userId: string): string {
  return createHmac('sha256', authSecret).update(`pseudonym:${partnerClientId}:${userId}`).digest('base64url').slice(0, 22);
}
