import { assertScope } from '../../../shared/auth/partner-scopes.js';
import type { PartnerPrincipal, Principal } from '../../../shared/auth/principal.js';
import type { Jurisdiction } from '../../../shared/auth/partner-scopes.js';
import { ForbiddenError, NotFoundError } from '../../../shared/errors/domain-error.js';
import type { FeedEntry, FeedPosition, SharedResultsFeed } from '../shared-results-feed.js';

export interface NetworkSharedResultsQuery {
  principal: Principal;
  networkId: string;
  since: Date | null;
  after: FeedPosition | null;
  first: number;
}

export interface NetworkSharedResultsDependencies {
  feed: SharedResultsFeed;
  organizationIdsIn(jurisdiction: Jurisdiction): Promise<string[]>;
}

/**
 * The incremental-sync feed of a network's shared results (scope results:read): only shared
 * participations (consent), only of structures in the client's jurisdiction, in commit order.
 * A page of `first` plus one row says whether more is there now.
 */
export async function readNetworkSharedResults(
  query: NetworkSharedResultsQuery,
  deps: NetworkSharedResultsDependencies,
): Promise<{ entries: FeedEntry[]; hasMore: boolean; client: PartnerPrincipal }> {
  const { principal } = query;
  if (principal.kind !== 'partner') throw new ForbiddenError('Le flux des résultats partagés est réservé aux clients API du réseau.');
  assertScope(principal, 'results:read');
  if (principal.jurisdiction.networkId !== query.networkId) throw new NotFoundError('Réseau introuvable.');
  const organizationIds = await deps.organizationIdsIn(principal.jurisdiction);
  if (!organizationIds.length) return { entries: [], hasMore: false, client: principal };
  const rows = await deps.feed.page({ organizationIds, since: query.since, after: query.after, limit: query.first + 1 });
  return { entries: rows.slice(0, query.first), hasMore: rows.length > query.first, client: principal };
}
