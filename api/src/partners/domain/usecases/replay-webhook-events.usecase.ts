import { assertScope } from '../../../shared/auth/partner-scopes.js';
import type { PartnerPrincipal } from '../../../shared/auth/principal.js';
import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { WebhookDependencies } from '../dependencies.js';
import { EVENT_RETENTION_DAYS } from '../models/webhook.js';

/**
 * Sends again, now, some events (by id, at most 100) or those of a period (within the 30 days
 * events are kept), with their original `webhook-id`. Returns how many deliveries are due.
 */
export async function replayWebhookEvents(
  client: PartnerPrincipal,
  input: { endpointId: string; eventIds?: string[] | null; from?: Date | null; to?: Date | null },
  deps: WebhookDependencies,
): Promise<number> {
  assertScope(client, 'webhooks:manage');
  const endpoint = await deps.webhooks.getOwned(input.endpointId, client.partnerClientId);
  const now = deps.now();
  const byIds = input.eventIds?.length ? input.eventIds : null;
  if (!byIds) {
    const oldest = now.getTime() - EVENT_RETENTION_DAYS * 24 * 3600 * 1000;
    if (!input.from || !input.to || input.from >= input.to || input.from.getTime() < oldest) {
      throw new InvalidInputError(`Donnez des identifiants d'événements, ou une période (from < to) dans les ${EVENT_RETENTION_DAYS} derniers jours.`, [{ field: 'from', constraints: ['period'] }]);
    }
  } else if (byIds.length > 100) {
    throw new InvalidInputError('Au plus 100 événements à la fois.', [{ field: 'eventIds', constraints: ['max'] }]);
  }
  return deps.webhooks.replay(endpoint, byIds ? { eventIds: byIds } : { from: input.from, to: input.to }, client.jurisdiction, now);
}
