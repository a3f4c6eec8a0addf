import type { IdentityDependencies } from '../dependencies.js';

/** Revokes the caller's session: its access token stops working at once, its refresh token too. */
export async function logout({ sessionId }: { sessionId: string }, { sessions, now }: IdentityDependencies): Promise<boolean> {
  await sessions.markAsRevoked(sessionId, now());
  return true;
}
