import { describe, expect, it } from 'vitest';
import { createConnectionPager, type ConnectionPage } from './connectionPages';

/** A fake API over 0..total-1 whose cursors are the index of the last item, like the real one's opaque ones. */
function api(total: number) {
  const calls: (string | null)[] = [];
  const fetch = async (first: number, after: string | null): Promise<ConnectionPage<number>> => {
    calls.push(after);
    const offset = after === null ? 0 : Number(after.slice(1)) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(first, total - offset)) }, (_, index) => offset + index);
    const last = nodes.at(-1);
    return { totalCount: total, nodes, pageInfo: { hasNextPage: offset + first < total, endCursor: last === undefined ? null : `c${last}` } };
  };
  return { fetch, calls };
}

describe('connection pages for react-admin lists', () => {
  it('reads the first page without a cursor', async () => {
    const server = api(45);
    const page = await createConnectionPager()('users', 1, 20, server.fetch);
    expect(page).toEqual({ data: Array.from({ length: 20 }, (_, i) => i), total: 45 });
    expect(server.calls).toEqual([null]);
  });

  it('reaches a page never seen by walking from the nearest known one, then jumps straight to seen ones', async () => {
    const server = api(45);
    const fetchPage = createConnectionPager();
    const third = await fetchPage('users', 3, 20, server.fetch);
    expect(third.data).toEqual([40, 41, 42, 43, 44]);
    expect(server.calls).toEqual([null, 'c19', 'c39']);
    server.calls.length = 0;
    const second = await fetchPage('users', 2, 20, server.fetch);
    expect(second.data[0]).toBe(20);
    expect(server.calls).toEqual(['c19']);
  });

  it('keeps cursors apart per list key and page size', async () => {
    const server = api(45);
    const fetchPage = createConnectionPager();
    await fetchPage('users|a', 2, 20, server.fetch);
    server.calls.length = 0;
    await fetchPage('users|b', 2, 20, server.fetch);
    await fetchPage('users|a', 2, 10, server.fetch);
    expect(server.calls).toEqual([null, 'c19', null, 'c9']);
  });

  it('answers an empty page past the end with the real total', async () => {
    const server = api(5);
    expect(await createConnectionPager()('users', 4, 20, server.fetch)).toEqual({ data: [], total: 5 });
  });
});
