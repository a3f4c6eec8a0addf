import { describe, expect, it } from 'vitest';
import { createConnectionPager, createKeysetPager, type ConnectionPage, type KeysetArguments, type KeysetConnectionPage } from './connectionPages';
import { pageRangeLabel } from './layout/pageRange';

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

/** A keyset list of `size` numbers: cursors are the numbers' text, which the pager must not read. */
function fakeKeysetApi(size: number) {
  const calls: KeysetArguments[] = [];
  const load = async (args: KeysetArguments): Promise<KeysetConnectionPage<number>> => {
    calls.push(args);
    const all = Array.from({ length: size }, (_, index) => index);
    let nodes: number[];
    if (args.last !== undefined) {
      const end = args.before === undefined ? size : Number(args.before);
      nodes = all.slice(Math.max(0, end - args.last), end);
    } else {
      const start = args.after === undefined ? 0 : Number(args.after) + 1;
      nodes = all.slice(start, start + (args.first ?? 20));
    }
    return {
      nodes,
      totalCount: size,
      pageInfo: { hasNextPage: (nodes.at(-1) ?? size) < size - 1, hasPreviousPage: (nodes[0] ?? 0) > 0, startCursor: nodes.length ? String(nodes[0]) : null, endCursor: nodes.length ? String(nodes.at(-1)) : null },
    };
  };
  return { load, calls };
}

describe('keyset pages for react-admin page numbers: first, previous, next, last', () => {
  it('goes to the next page after the end of the current one, and back before its start', async () => {
    const pager = createKeysetPager();
    const api = fakeKeysetApi(100_000);
    expect(await pager('people', 1, 50, api.load)).toEqual({ data: Array.from({ length: 50 }, (_, index) => index), total: 100_000 });
    expect((await pager('people', 2, 50, api.load)).data[0]).toBe(50);
    expect((await pager('people', 3, 50, api.load)).data[0]).toBe(100);
    expect(api.calls).toEqual([{ first: 50 }, { first: 50, after: '49' }, { first: 50, after: '99' }]);
  });

  it('reads the last page in one call with `last`, its size what the total leaves, then pages back from it', async () => {
    const pager = createKeysetPager();
    const api = fakeKeysetApi(1_234);
    await pager('people', 1, 50, api.load);
    const last = await pager('people', 25, 50, api.load);
    expect(last.data).toEqual(Array.from({ length: 34 }, (_, index) => 1_200 + index));
    expect(api.calls[1]).toEqual({ last: 34 });
    expect((await pager('people', 24, 50, api.load)).data[0]).toBe(1_150);
    expect(api.calls[2]).toEqual({ last: 50, before: '1200' });
    // A total that is a whole number of pages: the last page is a full one.
    const round = fakeKeysetApi(100);
    await pager('round', 1, 50, round.load);
    expect((await pager('round', 2, 50, round.load)).data).toHaveLength(50);
  });

  it('never walks to a page it cannot reach from a neighbour: an empty answer (react-admin goes back to page 1)', async () => {
    const pager = createKeysetPager();
    const api = fakeKeysetApi(1_000);
    await pager('people', 1, 10, api.load);
    expect(await pager('people', 7, 10, api.load)).toEqual({ data: [], total: 1_000 });
    // A stale page number before any total is known: nothing read.
    expect(await pager('other', 7, 10, api.load)).toEqual({ data: [], total: 0 });
    expect(api.calls).toHaveLength(1);
  });

  it('keeps lists with other filters or page sizes apart', async () => {
    const pager = createKeysetPager();
    const api = fakeKeysetApi(30);
    await pager('active', 1, 10, api.load);
    expect(await pager('archived', 2, 10, api.load)).toEqual({ data: [], total: 0 });
    expect((await pager('active', 2, 10, api.load)).data[0]).toBe(10);
    expect(await pager('active', 2, 5, api.load)).toEqual({ data: [], total: 0 });
  });
});

describe('the range label', () => {
  const translate = (key: string, options?: Record<string, unknown>) => (key.endsWith('.range') ? `${options!.from}–${options!.to} sur ${options!.total}` : key);
  it('writes the numbers as French does (a thin space between thousands)', () => {
    expect(pageRangeLabel({ from: 1, to: 50, count: 100_000 }, 'fr', translate).replace(/\s/g, ' ')).toBe('1–50 sur 100 000');
    expect(pageRangeLabel({ from: 1, to: 50, count: 100_000 }, 'en', translate)).toBe('1–50 sur 100,000');
  });
});
