import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { PartnersDependencies } from '../dependencies.js';
import type { PartnerClient } from '../models/partner-client.js';

/**
 * Revocation is immediate: every request checks the client, so tokens already issued stop working
 * with the next request. Revoking twice keeps the first date (and answers the same).
 */
export async function revokePartnerClient(id: string, actor: UserPrincipal, deps: PartnersDependencies): Promise<PartnerClient> {
  const now = deps.now();
  return deps.transaction(async (tx) => {
    const client = await tx.clients.get(id);
    if (client.revokedAt) return client;
    await tx.clients.markRevoked(client.id, now);
    await tx.audit.record({ partnerClientId: client.id, givenClientId: client.clientId, action: 'REVOKED', outcome: 'OK', ip: null, actorUserId: actor.userId }, now);
    return { ...client, revokedAt: now };
  });
}
