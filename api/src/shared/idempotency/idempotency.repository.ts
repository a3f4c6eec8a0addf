import type { Knex } from '@mikro-orm/postgresql';

export interface StoredOutcome {
  fingerprint: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  body: unknown;
  httpStatus: number | null;
}

/**
 * `public.idempotency_keys`, through the mutation's own transaction. Plain knex statements, not
 * the ORM: the stored bodies hold tokens, and these statements stay out of the SQL trace log.
 */
export class IdempotencyKeyRepository {
  constructor(private readonly trx: Knex.Transaction) {}

  /**
   * Takes the key for this transaction (null), or returns the outcome stored under it. A
   * concurrent request with the same key waits here on the primary key until the first one's
   * transaction ends: then it finds the committed outcome, or takes the key if it rolled back.
   * An expired row (not purged yet) counts as absent.
   */
  async claim(scope: string, key: string, fingerprint: string, ttlHours: number): Promise<StoredOutcome | null> {
    await this.trx.raw(
      `delete from public.idempotency_keys where scope = ? and key = ? and created_at <= now() - make_interval(hours => ?::int)`,
      [scope, key, ttlHours],
    );
    const inserted = await this.trx.raw(
      `insert into public.idempotency_keys (scope, key, fingerprint, status, created_at) values (?, ?, ?, 'IN_PROGRESS', now())
       on conflict (scope, key) do nothing returning scope`,
      [scope, key, fingerprint],
    );
    if (inserted.rows.length) return null;
    const found = await this.trx.raw(
      `select fingerprint, status, response_body, http_status from public.idempotency_keys where scope = ? and key = ?`,
      [scope, key],
    );
    const row = found.rows[0] as { fingerprint: string; status: StoredOutcome['status']; response_body: unknown; http_status: number | null } | undefined;
    // Deleted between the two statements (purged at that very moment): nothing to replay, nothing taken.
    if (!row) throw new Error('idempotency key vanished while being claimed');
    return { fingerprint: row.fingerprint, status: row.status, body: row.response_body, httpStatus: row.http_status };
  }

  /** The outcome, in the same transaction as the writes it describes. */
  async complete(scope: string, key: string, body: unknown, httpStatus: number): Promise<void> {
    await this.trx.raw(
      `update public.idempotency_keys set status = 'COMPLETED', response_body = ?::json, http_status = ? where scope = ? and key = ?`,
      [JSON.stringify(body), httpStatus, scope, key],
    );
  }
}

/** Deletes the outcomes older than the TTL (cheap: an index on created_at). */
export async function purgeExpiredIdempotencyKeys(knex: Knex, ttlHours: number): Promise<number> {
  const result = await knex.raw(`delete from public.idempotency_keys where created_at <= now() - make_interval(hours => ?::int)`, [ttlHours]);
  return result.rowCount ?? 0;
}
