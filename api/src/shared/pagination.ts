import { InvalidInputError } from './errors/domain-error.js';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
}

/**
 * Cursors are opaque to clients; inside they carry the position in a stable order. Offsets suit
 * the lists of this product (a team, a page of campaigns); a list that needs deep keyset paging can
 * change its cursor's content without changing the contract.
 */
export function encodeCursor(position: number): string {
  return Buffer.from(`o:${position}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  // At most 15 digits: a larger offset is no position of ours and would overflow PostgreSQL's bigint.
  const match = /^o:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new InvalidInputError('Curseur de pagination invalide.', [{ field: 'after', constraints: ['cursor'] }]);
  return Number(match[1]);
}

export function pageRequest(first: number | undefined, after: string | undefined | null, defaultSize = 20): PageRequest {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`Une page contient au plus ${MAX_PAGE_SIZE} éléments.`, [{ field: 'first', constraints: ['max'] }]);
  }
  return { first: size, offset: after ? decodeCursor(after) + 1 : 0 };
}

/**
 * Keyset paging (issue 15): a page starts right after (or ends right before) a row's sort key, so
 * it reads an index from that position whatever its depth, instead of skipping `offset` rows.
 * The cursor is opaque to clients: base64url of `k1:` (the format's version) and a JSON array
 * `[list, ...sort key values, id]`; `list` names the list and its order, so a cursor of another
 * list (or of the same list in another order) is refused like a malformed one.
 */
export type KeyValue = string | number | boolean | null;

export interface KeysetPageRequest {
  size: number;
  /** `last`/`before`: the page ends before the cursor (or is the list's end), read backwards. */
  backward: boolean;
  /** The cursor's raw text, decoded by the list that knows its key (`decodeKey`). */
  cursor: string | null;
}

export interface KeysetPage<T> {
  items: T[];
  /** One cursor per item, in the same order. */
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

const KEYSET_VERSION = 'k1:';
const MAX_CURSOR_LENGTH = 2048;

export function encodeKey(list: string, values: readonly KeyValue[]): string {
  return Buffer.from(KEYSET_VERSION + JSON.stringify([list, ...values])).toString('base64url');
}

/** What a key value must be, checked before it reaches SQL. */
export type KeyPart = 'text' | 'uuid' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function validPart(part: KeyPart, value: unknown): boolean {
  if (part === 'uuid') return typeof value === 'string' && UUID.test(value);
  if (part === 'timestamp') return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  return typeof value === 'string' && value.length <= 1000 && !value.includes('\u0000');
}

/**
 * The sort key a cursor carries, if it is one of this list's (`list`, then values of these
 * parts); anything else is the client's error on the argument it came in (`after` or `before`).
 */
export function decodeKey(request: KeysetPageRequest, list: string, parts: readonly KeyPart[]): string[] | null {
  if (request.cursor === null) return null;
  const field = request.backward ? 'before' : 'after';
  const invalid = () => new InvalidInputError('Curseur de pagination invalide.', [{ field, constraints: ['cursor'] }]);
  if (request.cursor.length > MAX_CURSOR_LENGTH) throw invalid();
  const text = Buffer.from(request.cursor, 'base64url').toString();
  if (!text.startsWith(KEYSET_VERSION)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(text.slice(KEYSET_VERSION.length));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== parts.length + 1 || decoded[0] !== list) throw invalid();
  const values = decoded.slice(1);
  if (!values.every((value, index) => validPart(parts[index]!, value))) throw invalid();
  return values as string[];
}

/**
 * `first`/`after` read forwards, `last`/`before` backwards (`last` alone: the list's last page).
 * Both directions at once are refused: a page has one edge to start from.
 */
export function keysetPageRequest(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  defaultSize = 20,
): KeysetPageRequest {
  const forward = (args.first ?? null) !== null || (args.after ?? null) !== null;
  const backward = (args.last ?? null) !== null || (args.before ?? null) !== null;
  if (forward && backward) {
    throw new InvalidInputError('Une page se lit depuis un seul bord : first/after ou last/before.', [{ field: 'last', constraints: ['exclusive'] }]);
  }
  const size = (backward ? args.last : args.first) ?? defaultSize;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError(`Une page contient au plus ${MAX_PAGE_SIZE} éléments.`, [{ field: backward ? 'last' : 'first', constraints: ['max'] }]);
  }
  return { size, backward, cursor: (backward ? args.before : args.after) ?? null };
}

/**
 * A page from the rows a list read in its reading direction, at most `size + 1` of them (the
 * extra row only says there is more that way), put back in the list's order.
 */
export function keysetPage<T>(request: KeysetPageRequest, rows: T[], totalCount: number, cursorOf: (row: T) => string): KeysetPage<T> {
  const more = rows.length > request.size;
  const items = rows.slice(0, request.size);
  if (request.backward) items.reverse();
  return {
    items,
    cursors: items.map(cursorOf),
    totalCount,
    hasNextPage: request.backward ? request.cursor !== null : more,
    hasPreviousPage: request.backward ? more : request.cursor !== null,
  };
}
