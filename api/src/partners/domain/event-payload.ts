import type { PartnerScope } from '../../shared/auth/partner-scopes.js';

/** An event as stored: the person apart, so that each client sees them its own way. */
export interface StoredEvent {
  id: string;
  type: string;
  occurredAt: Date;
  organizationId: string;
  data: Record<string, unknown>;
  person: { userId: string; externalId: string | null } | null;
}

export interface EventReader {
  partnerClientId: string;
  scopes: readonly PartnerScope[];
  pseudonym: (userId: string) => string;
}

/**
 * The Standard Webhooks payload `{ type, timestamp, data }` a client receives (and pulls): the
 * same bytes on every attempt, so that `webhook-id` deduplicates and signatures verify. The
 * participant is pseudonymous for this client; their identifier only with results:identity.
 */
export function payloadFor(event: StoredEvent, reader: EventReader): { type: string; timestamp: string; data: Record<string, unknown> } {
  const identity = reader.scopes.includes('results:identity');
  const participant = event.person
    ? {
        id: reader.pseudonym(event.person.userId),
        // The identifier the structure asked (n° de dossier…) is what an information system matches on; names are in the sharedResults feed.
        externalId: identity ? event.person.externalId : null,
      }
    : undefined;
  return { type: event.type, timestamp: event.occurredAt.toISOString(), data: { ...event.data, organizationId: event.organizationId, ...(participant ? { participant } : {}) } };
}
