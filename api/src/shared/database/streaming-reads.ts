import pg from 'pg';
import QueryStream from 'pg-query-stream';
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
   * asks, yielded in arrays of that size. One statement and one sort, whatever the row count;
   * when the consumer stops (return, throw, or `signal`), the cursor is closed and the connection
   * goes back to the pool.
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
    // Checked out, the client is no longer covered by the pool's handler: the stream reports the
    // failure, this keeps the client's own 'error' event from ending the process.
    const onClientError = () => undefined;
    client.on('error', onClientError);
    countQuery();
    const stream = client.query(new QueryStream(sql, values, { batchSize, highWaterMark: batchSize }));
    let broken = false;
    try {
      let batch: Row[] = [];
      for await (const row of stream) {
        if (signal?.aborted) return;
        batch.push(row as Row);
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0 && !signal?.aborted) yield batch;
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      // Closing the portal mid-way leaves the connection usable; a failed one is discarded.
      await new Promise<void>((resolve) => {
        if (stream.destroyed) return resolve();
        stream.once('close', () => resolve());
        stream.destroy();
      });
      client.off('error', onClientError);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
