import { describe, expect, it } from 'vitest';
import { createConnectionPager, type ConnectionPage } from './connectionPages';

/** A list of `size` numbers served by offset cursors the pager must treat as opaque. */
function fakeApi(size: number) {
  const calls: (string | null)[] = [];
  const load = async (first: number, after: string | null): Promise<ConnectionPage<number>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(atob(after)) + 1;
    const nodes = Array.from({ length: Math.max(0, Math.min(first, size - start)) }, (_, index) => start + index);
    const last = start + nodes.length - 1;
    return { nodes, totalCount: size, pageInfo: { hasNextPage: last < size - 1, endCursor: nodes.length ? btoa(String(last)) : null } };
  };
  return { load, calls };
}

describe('connection pages for react-admin page numbers', () => {
  it('serves page 1 without a cursor and the next page after the remembered end cursor', async () => {
    const pager = createConnectionPager();
    const api = fakeApi(25);
    expect(await pager('campaigns', 1, 10, api.load)).toEqual({ data: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], total: 25 });
    expect((await pager('campaigns', 2, 10, api.load)).data[0]).toBe(10);
    expect(api.calls).toEqual([null, btoa('9')]);
  });

  it('walks forward when asked for a page whose start it does not know, then jumps straight to seen ones', async () => {
    const pager = createConnectionPager();
    const api = fakeApi(35);
    expect((await pager('campaigns', 4, 10, api.load)).data).toEqual([30, 31, 32, 33, 34]);
    expect(api.calls).toEqual([null, btoa('9'), btoa('19'), btoa('29')]);
    // Page 3 is now known: one call.
    expect((await pager('campaigns', 3, 10, api.load)).data[0]).toBe(20);
    expect(api.calls).toHaveLength(5);
  });

  it('keeps lists with other filters or page sizes apart', async () => {
    const pager = createConnectionPager();
    const api = fakeApi(30);
    await pager('active', 1, 10, api.load);
    await pager('archived', 2, 10, api.load);
    expect(api.calls).toEqual([null, null, btoa('9')]);
    await pager('active', 2, 5, api.load);
    expect(api.calls.slice(3)).toEqual([null, btoa('4')]);
  });

  it('answers an empty page with the real total beyond the last page', async () => {
    const pager = createConnectionPager();
    const api = fakeApi(12);
    expect(await pager('campaigns', 5, 10, api.load)).toEqual({ data: [], total: 12 });
    expect(api.calls).toHaveLength(2);
  });

  it('does not open a page after the last one even when the API gives its end cursor', async () => {
    const pager = createConnectionPager();
    const calls: (string | null)[] = [];
    const lastPage = async (_first: number, after: string | null): Promise<ConnectionPage<number>> => {
      calls.push(after);
      return { nodes: [1, 2], totalCount: 2, pageInfo: { hasNextPage: false, endCursor: 'end' } };
    };
    expect(await pager('users', 2, 20, lastPage)).toEqual({ data: [], total: 2 });
    expect(calls).toEqual([null]);
  });

  it('reads page 1 for a page number below 1', async () => {
    const pager = createConnectionPager();
    const api = fakeApi(3);
    expect(await pager('users', 0, 20, api.load)).toEqual({ data: [0, 1, 2], total: 3 });
    expect(api.calls).toEqual([null]);
  });

  it('forgets the cursors of the oldest list beyond fifty lists, and starts it again from page 1', async () => {
    const pager = createConnectionPager();
    const api = fakeApi(30);
    await pager('list-0', 2, 10, api.load);
    for (let index = 1; index <= 50; index += 1) await pager(`list-${index}`, 1, 10, api.load);
    api.calls.length = 0;
    await pager('list-0', 2, 10, api.load);
    expect(api.calls).toEqual([null, btoa('9')]);
  });
});
