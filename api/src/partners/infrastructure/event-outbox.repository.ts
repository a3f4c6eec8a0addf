import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredEvent } from '../domain/event-payload.js';
import type { EventType } from '../domain/models/webhook.js';
import type { EventFeed } from '../domain/repositories.js';
import { TEXT_ARRAY } from '../../shared/database/array-parameters.js';

export interface EventToRecord {
  type: EventType;
  organizationId: string;
  location: { networkId: string | null; region: string | null; department: string | null };
  occurredAt: Date;
  data: Record<string, unknown>;
  person: { userId: string; externalId: string | null } | null;
  /** The scope a client needs to hear of it. */
  scope: string;
}

/**
 * One statement: the event, and a delivery for every live endpoint subscribed to its type whose
 * client holds the scope and covers the structure (its network, and its regions or departments
 * when it has any). In the caller's transaction: events and deliveries exist iff the change does.
 */
const RECORD_SQL = `
with e as (
  insert into partners.events (id, type, occurred_at, organization_id, network_id, region, department, data, person)
  values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
  returning id, type, network_id, region, department
)
insert into partners.deliveries (id, event_id, endpoint_id, status, attempts, next_attempt_at, created_at)
select gen_random_uuid(), e.id, w.id, 'PENDING', 0, ?, ?
  from e
  join partners.clients c on c.network_id = e.network_id
  join partners.webhook_endpoints w on w.partner_client_id = c.id
 where w.disabled_at is null and w.deleted_at is null and e.type = any(w.event_types)
   and c.revoked_at is null and c.expires_at > ? and ? = any(c.scopes)
   and ((cardinality(c.regions) = 0 and cardinality(c.departments) = 0) or e.region = any(c.regions) or e.department = any(c.departments))`;

export class EventOutbox implements EventFeed {
  constructor(private readonly em: EntityManager) {}

  async record(event: EventToRecord): Promise<string> {
    const id = randomUUID();
    const { networkId, region, department } = event.location;
    await this.em.execute(RECORD_SQL, [
      id, event.type, event.occurredAt, event.organizationId, networkId, region, department, JSON.stringify(event.data), event.person ? JSON.stringify(event.person) : null,
      event.occurredAt, event.occurredAt, event.occurredAt, event.scope,
    ]);
    return id;
  }

  /**
   * The pull feed: events of the network in commit order after the cursor, never one whose
   * transaction may still be running (as Network.sharedResults). Jurisdiction and types filter.
   */
  async page(query: { networkId: string; regions: readonly string[]; departments: readonly string[]; types: readonly string[]; after: { xid: string; id: string } | null; since: Date; limit: number }): Promise<(StoredEvent & { xid: string })[]> {
    const narrowed = query.regions.length > 0 || query.departments.length > 0;
    const params: unknown[] = [query.networkId, JSON.stringify(query.types), query.since];
    if (narrowed) params.push(JSON.stringify(query.regions), JSON.stringify(query.departments));
    if (query.after) params.push(query.after.xid, query.after.id);
    params.push(query.limit);
    const rows = await this.em.execute<{ id: string; type: string; occurred_at: string; organization_id: string; data: Record<string, unknown>; person: StoredEvent['person']; xid: string }[]>(
      `select id, type, occurred_at, organization_id, data, person, created_xid::text as xid
         from partners.events
        where network_id = ? and type = any(${TEXT_ARRAY}) and created_at >= ?
          and created_xid < pg_snapshot_xmin(pg_current_snapshot())
          ${narrowed ? `and (region = any(${TEXT_ARRAY}) or department = any(${TEXT_ARRAY}))` : ''}
          ${query.after ? 'and (created_xid, id) > (?::xid8, ?::uuid)' : ''}
        order by created_xid, id
        limit ?`,
      params,
    );
    return rows.map((row) => ({ id: row.id, type: row.type, occurredAt: new Date(row.occurred_at), organizationId: row.organization_id, data: row.data, person: row.person, xid: row.xid }));
  }
}
