import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { PartnersDependencies } from '../dependencies.js';
import { ClientRevokedError } from '../errors.js';
import { DEFAULT_ROTATION_OVERLAP_HOURS, MAX_ROTATION_OVERLAP_HOURS, refusalOf, type PartnerClient } from '../models/partner-client.js';

/**
 * A new secret, shown once; the ones in use keep working for the overlap (0: stop at once, as
 * after a leak), so that the network can deploy the new one without an outage.
 */
export async function rotatePartnerClientSecret(
  input: { id: string; overlapHours?: number | null },
  actor: UserPrincipal,
  deps: PartnersDependencies,
): Promise<{ client: PartnerClient; clientSecret: string }> {
  const overlapHours = input.overlapHours ?? DEFAULT_ROTATION_OVERLAP_HOURS;
  if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > MAX_ROTATION_OVERLAP_HOURS) {
    throw new InvalidInputError(`Le recouvrement va de 0 à ${MAX_ROTATION_OVERLAP_HOURS} heures.`, [{ field: 'overlapHours', constraints: ['range'] }]);
  }
  const now = deps.now();
  const clientSecret = deps.credentials.newSecret();
  const client = await deps.transaction(async (tx) => {
    const client = await tx.clients.get(input.id);
    const refusal = refusalOf(client, now);
    if (refusal) throw new ClientRevokedError(refusal);
    await tx.clients.expireSecrets(client.id, now, new Date(now.getTime() + overlapHours * 3600 * 1000));
    await tx.clients.insertSecret(client.id, tx.credentials.hash(clientSecret), now);
    await tx.audit.record({ partnerClientId: client.id, givenClientId: client.clientId, action: 'SECRET_ROTATED', outcome: 'OK', ip: null, actorUserId: actor.userId }, now);
    return client;
  });
  return { client, clientSecret };
}
