/** One page of an API connection, as every list of the console asks for it. */
export interface ConnectionPage<T> {
  nodes: readonly T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export type PageLoader<T> = (first: number, after: string | null) => Promise<ConnectionPage<T>>;

/** How many different lists (filters, sort, page size) we remember the cursors of. */
const REMEMBERED_LISTS = 50;

/**
 * react-admin asks for "page 3 of 25"; the API pages with opaque cursors (docs/ARCHITECTURE.md).
 * The one pager of the console's resource providers: it remembers, per list (filters, sort) and
 * page size, the cursor each page starts after, and for a page whose start it does not know yet
 * (a jump from page 1 to page 4) walks forward from the nearest known one. Beyond the last page
 * it answers an empty page with the total, as react-admin expects.
 */
export function createConnectionPager() {
  const starts = new Map<string, Map<number, string | null>>();

  return async function fetchPage<T>(listKey: string, page: number, perPage: number, load: PageLoader<T>): Promise<{ data: T[]; total: number }> {
    const key = `${listKey}|${perPage}`;
    let known = starts.get(key);
    if (!known) {
      known = new Map([[1, null]]);
      starts.set(key, known);
      if (starts.size > REMEMBERED_LISTS) starts.delete(starts.keys().next().value as string);
    }
    const wanted = Math.max(1, Math.floor(page));
    let current = wanted;
    while (!known.has(current)) current -= 1;
    for (;;) {
      const result = await load(perPage, known.get(current) ?? null);
      const next = result.pageInfo.hasNextPage ? (result.pageInfo.endCursor ?? null) : null;
      if (next !== null) known.set(current + 1, next);
      if (current === wanted) return { data: [...result.nodes], total: result.totalCount };
      if (next === null) return { data: [], total: result.totalCount };
      current += 1;
    }
  };
}
