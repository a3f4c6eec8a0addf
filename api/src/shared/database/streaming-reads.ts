import pg from 'pg';
import { ServiceBusyError } from '../errors/domain-error.js';
import { countQuery } from './query-counter.js';
import type { Logger } from '../logger.js';

/**
 * Long reads streamed through a server-side cursor (exports), on a pool of their own: a download
 * holds its connection for as long as the client takes to read, and must never starve the
 * GraphQL requests of the ORM's pool. When every export connection is busy the next export waits
 * for one, up to `waitMs`, then fails with `SERVICE_BUSY`.
 */
export class StreamingReads {
  private readonly pool: pg.Pool;

  constructor(connectionString: string, { max, waitMs, logger }: { max: number; waitMs: number; logger?: Logger }) {
    this.pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: waitMs, idleTimeoutMillis: 10_000, application_name: 'orga-spe-export' });
    // An idle client whose server goes away (restart, crash, admin_shutdown) emits 'error' on the
    // pool; unhandled, that event ends the process. The pool drops that client and goes on.
    this.pool.on('error', (error) => logger?.warn({ err: error }, 'idle export connection lost'));
  }

  /**
   * The rows of one statement (`$1` placeholders), fetched `batchSize` at a time as the consumer
   * asks, yielded in arrays of that size. One statement whatever the row count, read through a
   * declared cursor (`cursorDeclaration`) in a read-only transaction: PostgreSQL plans a cursor
   * for its first rows (`cursor_tuple_fraction`), so an index that serves the order is read in
   * order, rather than the whole result sorted before the first row; a protocol-level portal
   * (pg-query-stream, before) is planned for all its rows. When the consumer stops (return,
   * throw, or `signal`), the transaction ends, which closes the cursor, and the connection goes
   * back to the pool.
   */
  async *batches<Row>(sql: string, values: unknown[], { batchSize, signal }: { batchSize: number; signal?: AbortSignal }): AsyncGenerator<Row[]> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      if (/timeout/i.test(String((error as Error).message))) {
        throw new ServiceBusyError('Trop d’exports sont en cours. Réessayez dans une minute.', 60);
      }
      throw error;
    }
    // Checked out, the client is no longer covered by the pool's handler: the query reports the
    // failure, this keeps the client's own 'error' event from ending the process.
    const onClientError = () => undefined;
    client.on('error', onClientError);
    countQuery();
    let broken = false;
    try {
      await client.query('begin read only');
      await client.query(cursorDeclaration(sql), values);
      const fetch = `fetch forward ${Math.max(1, Math.floor(batchSize))} from ${CURSOR}`;
      while (!signal?.aborted) {
        const { rows } = await client.query<Row & pg.QueryResultRow>(fetch);
        if (rows.length === 0 || signal?.aborted) break;
        yield rows;
        if (rows.length < batchSize) break;
      }
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      // Ending the transaction closes the cursor and leaves the connection usable; a failed one is discarded.
      if (!broken) await client.query('rollback').catch(() => (broken = true));
      client.off('error', onClientError);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

const CURSOR = 'streamed_rows';

/** What `batches` runs for a statement: exported so that plan tests explain exactly that (EXPLAIN accepts a DECLARE). */
export function cursorDeclaration(sql: string): string {
  return `declare ${CURSOR} no scroll cursor for ${sql}`;
}
