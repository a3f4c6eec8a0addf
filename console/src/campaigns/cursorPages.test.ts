import { describe, expect, it } from 'vitest';
import { createCursorPager, type CursorPage } from './cursorPages';

/** A list of `size` numbers served by offset cursors the pager must treat as opaque. */
function fakeApi(size: number) {
  const calls: (string | null)[] = [];
  const load = async (first: number, after: string | null): Promise<CursorPage<number>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(atob(after)) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(first, size - start)) }, (_, index) => start + index);
    const last = start + nodes.length - 1;
    return { nodes, totalCount: size, pageInfo: { hasNextPage: last < size - 1, endCursor: nodes.length ? btoa(String(last)) : null } };
  };
  return { load, calls };
}

describe('cursor pages for react-admin page numbers', () => {
  it('serves page 1 without a cursor and the next page after the remembered end cursor', async () => {
    const pager = createCursorPager();
    const api = fakeApi(25);
    expect((await pager('campaigns', 1, 10, api.load)).nodes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await pager('campaigns', 2, 10, api.load)).nodes[0]).toBe(10);
    expect(api.calls).toEqual([null, btoa('9')]);
  });

  it('walks forward when asked for a page whose start it does not know', async () => {
    const pager = createCursorPager();
    const api = fakeApi(35);
    expect((await pager('campaigns', 4, 10, api.load)).nodes).toEqual([30, 31, 32, 33, 34]);
    expect(api.calls).toHaveLength(4);
    // Page 3 is now known: one call.
    expect((await pager('campaigns', 3, 10, api.load)).nodes[0]).toBe(20);
    expect(api.calls).toHaveLength(5);
  });

  it('keeps lists with other filters or page sizes apart', async () => {
    const pager = createCursorPager();
    const api = fakeApi(30);
    await pager('active', 1, 10, api.load);
    await pager('archived', 2, 10, api.load);
    expect(api.calls).toEqual([null, null, btoa('9')]);
    await pager('active', 2, 5, api.load);
    expect(api.calls.slice(3)).toEqual([null, btoa('4')]);
  });

  it('answers an empty page with the total beyond the last page', async () => {
    const pager = createCursorPager();
    const page = await pager('campaigns', 5, 10, fakeApi(12).load);
    expect(page).toMatchObject({ nodes: [], totalCount: 12 });
  });
});
