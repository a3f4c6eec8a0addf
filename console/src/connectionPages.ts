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

/** One page of a keyset list of the API (`Campaign.participations`, `Organization.campaigns`, …). */
export interface KeysetConnectionPage<T> {
  nodes: readonly T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
}

/** How the page is asked for: forwards after a cursor, backwards before one, or the list's end. */
export interface KeysetArguments {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

export type KeysetLoader<T> = (args: KeysetArguments) => Promise<KeysetConnectionPage<T>>;

/**
 * react-admin asks for "page N"; keyset lists reach a page from a neighbour's edge, whatever its
 * depth: the first page without a cursor, the next one after the current page's end, the
 * previous one before its start (`last`), the last page with `last` alone (its size what the
 * total leaves). The console's pagination (KeysetPagination) offers exactly these moves. A page
 * none of them reaches (a stale page number) is answered empty, and react-admin goes back to
 * page 1: it never walks N pages.
 */
export function createKeysetPager() {
  const lists = new Map<string, { edges: Map<number, { start: string | null; end: string | null }>; total: number | null }>();

  return async function fetchPage<T>(listKey: string, page: number, perPage: number, load: KeysetLoader<T>): Promise<{ data: T[]; total: number }> {
    const key = `${listKey}|${perPage}`;
    let list = lists.get(key);
    if (!list) {
      list = { edges: new Map(), total: null };
      lists.set(key, list);
      if (lists.size > REMEMBERED_LISTS) lists.delete(lists.keys().next().value as string);
    }
    const wanted = Math.max(1, Math.floor(page));
    const before = list.edges.get(wanted - 1)?.end;
    const after = list.edges.get(wanted + 1)?.start;
    const lastPage = list.total === null ? null : Math.max(1, Math.ceil(list.total / perPage));
    let args: KeysetArguments | null = null;
    if (wanted === 1) args = { first: perPage };
    else if (before) args = { first: perPage, after: before };
    else if (after) args = { last: perPage, before: after };
    else if (wanted === lastPage) args = { last: list.total! % perPage || perPage };
    if (!args) return { data: [], total: list.total ?? 0 };
    const result = await load(args);
    list.total = result.totalCount;
    if (result.nodes.length) list.edges.set(wanted, { start: result.pageInfo.startCursor ?? null, end: result.pageInfo.endCursor ?? null });
    return { data: [...result.nodes], total: result.totalCount };
  };
}
