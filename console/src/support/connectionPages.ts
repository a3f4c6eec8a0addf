/** A GraphQL connection page as the API returns it. */
export interface ConnectionPage<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

export type FetchConnection<T> = (first: number, after: string | null) => Promise<ConnectionPage<T>>;

/**
 * react-admin asks for "page 3 of 25"; the API pages with opaque cursors. This remembers the
 * cursor that starts each page already seen (per list, filter and page size) and, for a page
 * never reached, walks forward from the nearest known one. Lists here are read page by page, so
 * the walk is rare and short.
 */
export function createConnectionPager() {
  const cursors = new Map<string, Map<number, string | null>>();

  return async function fetchPage<T>(listKey: string, page: number, perPage: number, fetch: FetchConnection<T>) {
    const key = `${listKey}|${perPage}`;
    const known = cursors.get(key) ?? new Map<number, string | null>([[1, null]]);
    cursors.set(key, known);
    let start = Math.max(...[...known.keys()].filter((candidate) => candidate <= page));
    for (;;) {
      const result = await fetch(perPage, known.get(start) ?? null);
      if (result.pageInfo.endCursor) known.set(start + 1, result.pageInfo.endCursor);
      if (start === page || !result.pageInfo.hasNextPage || !result.pageInfo.endCursor) {
        return { data: start === page ? result.nodes : [], total: result.totalCount };
      }
      start += 1;
    }
  };
}
