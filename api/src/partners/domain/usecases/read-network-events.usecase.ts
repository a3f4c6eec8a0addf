import type { PartnerPrincipal, Principal } from '../../../shared/auth/principal.js';
import { ForbiddenError, NotFoundError } from '../../../shared/errors/domain-error.js';
import type { WebhookDependencies } from '../dependencies.js';
import { EVENT_RETENTION_DAYS, EVENT_TYPES, isEventType, scopeOf } from '../models/webhook.js';
import type { StoredEvent } from '../event-payload.js';

/**
 * The events a client would have received, pulled (a client that was down catches up): its
 * network's, in its jurisdiction, of the types its scopes let it read, in commit order.
 */
export async function readNetworkEvents(
  query: { principal: Principal; networkId: string; types: string[] | null; after: { xid: string; id: string } | null; first: number },
  deps: Pick<WebhookDependencies, 'events' | 'now'>,
): Promise<{ events: (StoredEvent & { xid: string })[]; hasMore: boolean; client: PartnerPrincipal }> {
  const { principal } = query;
  if (principal.kind !== 'partner') throw new ForbiddenError('Les événements du réseau se lisent par ses clients API.');
  if (principal.jurisdiction.networkId !== query.networkId) throw new NotFoundError('Réseau introuvable.');
  const readable = EVENT_TYPES.filter((type) => principal.scopes.includes(scopeOf(type)));
  const types = query.types?.length ? readable.filter((type) => query.types!.includes(type)) : readable;
  if (query.types?.some((type) => !isEventType(type))) return { events: [], hasMore: false, client: principal };
  const since = new Date(deps.now().getTime() - EVENT_RETENTION_DAYS * 24 * 3600 * 1000);
  const rows = types.length
    ? await deps.events.page({ networkId: query.networkId, regions: principal.jurisdiction.regions, departments: principal.jurisdiction.departments, types, after: query.after, since, limit: query.first + 1 })
    : [];
  return { events: rows.slice(0, query.first), hasMore: rows.length > query.first, client: principal };
}
