import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import type { Jurisdiction } from '../../shared/auth/partner-scopes.js';
import type { AttemptView, DeliveryStatus, DeliveryView, EventType, WebhookEndpoint } from '../domain/models/webhook.js';
import type * as Ports from '../domain/repositories.js';
import { TEXT_ARRAY, UUID_ARRAY } from '../../shared/database/array-parameters.js';

const ENDPOINT_COLUMNS = 'id, partner_client_id, url, description, event_types, disabled_at, disabled_reason, failing_since, created_at, updated_at';

interface EndpointRow {
  id: string;
  partner_client_id: string;
  url: string;
  description: string | null;
  event_types: EventType[];
  disabled_at: string | null;
  disabled_reason: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

function endpointFromRow(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    partnerClientId: row.partner_client_id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    disabledAt: dateOrNull(row.disabled_at),
    disabledReason: row.disabled_reason,
    failingSince: dateOrNull(row.failing_since),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Plain SQL over partners.webhook_endpoints, deliveries and delivery_attempts. */
export class WebhookRepository implements Ports.WebhookStore {
  constructor(private readonly em: EntityManager) {}

  async insert(endpoint: WebhookEndpoint, secret: string): Promise<void> {
    await this.em.execute(
      `insert into partners.webhook_endpoints (id, partner_client_id, url, description, event_types, secret, created_at, updated_at) values (?, ?, ?, ?, ${TEXT_ARRAY}, ?, ?, ?)`,
      [endpoint.id, endpoint.partnerClientId, endpoint.url, endpoint.description, JSON.stringify(endpoint.eventTypes), secret, endpoint.createdAt, endpoint.updatedAt],
    );
  }

  /** The client's own live endpoint (NOT_FOUND otherwise: another client's answers as unknown). */
  async getOwned(id: string, partnerClientId: string | null): Promise<WebhookEndpoint> {
    const rows = await this.em.execute<EndpointRow[]>(
      `select ${ENDPOINT_COLUMNS} from partners.webhook_endpoints where id = ? and deleted_at is null ${partnerClientId ? 'and partner_client_id = ?' : ''}`,
      partnerClientId ? [id, partnerClientId] : [id],
    );
    if (!rows[0]) throw new NotFoundError('Point de réception introuvable.');
    return endpointFromRow(rows[0]);
  }

  async listOfClient(partnerClientId: string): Promise<WebhookEndpoint[]> {
    const rows = await this.em.execute<EndpointRow[]>(`select ${ENDPOINT_COLUMNS} from partners.webhook_endpoints where partner_client_id = ? and deleted_at is null order by created_at, id`, [partnerClientId]);
    return rows.map(endpointFromRow);
  }

  async update(id: string, patch: { url?: string; description?: string | null; eventTypes?: EventType[]; enabled?: boolean }, at: Date): Promise<void> {
    const sets: string[] = ['updated_at = ?'];
    const params: unknown[] = [at];
    if (patch.url !== undefined) sets.push('url = ?') && params.push(patch.url);
    if (patch.description !== undefined) sets.push('description = ?') && params.push(patch.description);
    if (patch.eventTypes !== undefined) sets.push(`event_types = ${TEXT_ARRAY}`) && params.push(JSON.stringify(patch.eventTypes));
    if (patch.enabled === true) sets.push('disabled_at = null, disabled_reason = null, failing_since = null');
    if (patch.enabled === false) sets.push("disabled_at = ?, disabled_reason = 'MANUAL'") && params.push(at);
    await this.em.execute(`update partners.webhook_endpoints set ${sets.join(', ')} where id = ?`, [...params, id]);
  }

  async markDeleted(id: string, at: Date): Promise<void> {
    await this.em.execute('update partners.webhook_endpoints set deleted_at = ?, updated_at = ? where id = ?', [at, at, id]);
  }

  async deliveries(endpointId: string, first: number): Promise<DeliveryView[]> {
    const rows = await this.em.execute<{ id: string; event_id: string; type: string; occurred_at: string; status: DeliveryStatus; attempts: number; next_attempt_at: string; last_status_code: number | null; delivered_at: string | null; created_at: string }[]>(
      `select d.id, d.event_id, e.type, e.occurred_at, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.delivered_at, d.created_at
         from partners.deliveries d join partners.events e on e.id = d.event_id
        where d.endpoint_id = ? order by d.created_at desc, d.id limit ?`,
      [endpointId, first],
    );
    return rows.map((row) => ({
      id: row.id,
      eventId: row.event_id,
      eventType: row.type,
      occurredAt: new Date(row.occurred_at),
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.status === 'PENDING' || row.status === 'SENDING' ? new Date(row.next_attempt_at) : null,
      lastStatusCode: row.last_status_code,
      deliveredAt: dateOrNull(row.delivered_at),
      createdAt: new Date(row.created_at),
    }));
  }

  async attemptsOf(deliveryIds: readonly string[]): Promise<Map<string, AttemptView[]>> {
    const byDelivery = new Map<string, AttemptView[]>(deliveryIds.map((id) => [id, []]));
    if (!deliveryIds.length) return byDelivery;
    const rows = await this.em.execute<{ delivery_id: string; attempt: number; at: string; status_code: number | null; duration_ms: number; error: string | null; response_excerpt: string | null }[]>(
      `select delivery_id, attempt, at, status_code, duration_ms, error, response_excerpt from partners.delivery_attempts
        where delivery_id = any(${UUID_ARRAY}) order by delivery_id, attempt`,
      [JSON.stringify(deliveryIds)],
    );
    for (const row of rows) {
      byDelivery.get(row.delivery_id)?.push({ attempt: row.attempt, at: new Date(row.at), statusCode: row.status_code, durationMs: row.duration_ms, error: row.error, responseExcerpt: row.response_excerpt });
    }
    return byDelivery;
  }

  /**
   * Due again now: the given events (or those of the period) that this endpoint was sent or should
   * have been, and events of the period it was never sent (subscribed since, or re-enabled). The
   * same event keeps its id: receivers deduplicate on `webhook-id`. Returns how many are due.
   */
  async replay(endpoint: WebhookEndpoint, selection: { eventIds?: readonly string[] | null; from?: Date | null; to?: Date | null }, jurisdiction: Jurisdiction, at: Date): Promise<number> {
    const filter = selection.eventIds
      ? `e.id = any(${UUID_ARRAY})`
      : 'e.occurred_at >= ? and e.occurred_at < ?';
    const params = selection.eventIds ? [JSON.stringify(selection.eventIds)] : [selection.from, selection.to];
    const narrowed = jurisdiction.regions.length > 0 || jurisdiction.departments.length > 0;
    const within = narrowed ? `and (e.region = any(${TEXT_ARRAY}) or e.department = any(${TEXT_ARRAY}))` : '';
    const withinParams = narrowed ? [JSON.stringify(jurisdiction.regions), JSON.stringify(jurisdiction.departments)] : [];
    const rows = await this.em.execute<{ count: string }[]>(
      `with chosen as (
         select e.id from partners.events e
          where e.network_id = ? and e.type = any(${TEXT_ARRAY}) and ${filter} ${within}
       ), upserted as (
         insert into partners.deliveries (id, event_id, endpoint_id, status, attempts, next_attempt_at, created_at)
         select gen_random_uuid(), chosen.id, ?, 'PENDING', 0, ?, ? from chosen
         on conflict (event_id, endpoint_id) do update set status = 'PENDING', attempts = 0, next_attempt_at = excluded.next_attempt_at, claimed_by = null
         returning 1
       ) select count(*) as count from upserted`,
      [jurisdiction.networkId, JSON.stringify(endpoint.eventTypes), ...params, ...withinParams, endpoint.id, at, at],
    );
    return Number(rows[0]?.count ?? 0);
  }
}

