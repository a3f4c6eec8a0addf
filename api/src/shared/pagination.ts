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
