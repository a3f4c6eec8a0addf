import type { Session } from '../../shared/context.js';
import { structureLocation } from '../../organizations/api/index.js';
import { isEventType, scopeOf } from '../domain/models/webhook.js';
import { EventOutbox } from '../infrastructure/event-outbox.repository.js';

/** What another context reports (campaigns: a participation started, a campaign archived…). */
export interface PartnerEventInput {
  type: string;
  organizationId: string;
  occurredAt: Date;
  data: Record<string, unknown>;
  person: { userId: string; externalId: string | null } | null;
}

/**
 * Writes the event and its deliveries in the caller's session: call it inside the transaction of
 * the change it reports (`{ em: tx }`), so that both commit or neither does (an outbox).
 */
export async function recordPartnerEvent(session: Session, event: PartnerEventInput): Promise<void> {
  if (!isEventType(event.type)) throw new Error(`unknown partner event type ${event.type}`);
  const location = (await structureLocation(session, event.organizationId)) ?? { networkId: null, region: null, department: null };
  await new EventOutbox(session.em).record({ ...event, type: event.type, location, scope: scopeOf(event.type) });
}
