/** One page of an API connection, as the console asks for it. */
export interface CursorPage<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export type PageLoader<T> = (first: number, after: string | null) => Promise<CursorPage<T>>;

/** How many different lists (filters, sort, page size) we remember the cursors of. */
const REMEMBERED_LISTS = 50;

/**
 * react-admin asks for page numbers; the API pages with opaque cursors (docs/ARCHITECTURE.md). This remembers,
 * per list, the cursor each page starts after; asked for a page whose start it does not know yet
 * (a jump from page 1 to page 4), it walks forward from the nearest known page. Beyond the last
 * page it answers an empty page with the total, as react-admin expects.
 */
export function createCursorPager() {
  const starts = new Map<string, Map<number, string | null>>();

  return async function fetchPage<T>(listKey: string, page: number, perPage: number, load: PageLoader<T>): Promise<CursorPage<T>> {
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
    let after = known.get(current) ?? null;
    for (;;) {
      const result = await load(perPage, after);
      if (result.pageInfo.hasNextPage) known.set(current + 1, result.pageInfo.endCursor);
      if (current === wanted) return result;
      if (!result.pageInfo.hasNextPage) return { ...result, nodes: [] };
      after = result.pageInfo.endCursor;
      current += 1;
    }
  };
}
