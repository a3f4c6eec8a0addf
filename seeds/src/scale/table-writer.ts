import type { Writable } from 'node:stream';

/** Chunks handed to the stream at once; and how much it may hold before we wait for it. */
const CHUNK_CHARS = 1 << 20;
const MAX_PENDING_BYTES = 64 << 20;

/**
 * Buffers COPY lines for one table and hands them in large chunks to a stream (a temporary file
 * or a COPY FROM STDIN stream). `write` is synchronous (tens of millions of lines: no promise per
 * line); the generator calls `flushIfFull` between participations. We wait for the stream only
 * past tens of megabytes, not at its 16 KB high-water mark: on a busy machine each wait costs a
 * scheduling round of the PostgreSQL backend, and the two sides should work in parallel.
 */
export class TableWriter {
  rows = 0;
  private buffer: string[] = [];
  private bufferedChars = 0;

  constructor(
    readonly table: string,
    private readonly stream: Writable,
  ) {}

  write(line: string): void {
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows += 1;
  }

  async flushIfFull(): Promise<void> {
    if (this.bufferedChars >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer.length) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    this.stream.write(chunk);
    if (this.stream.writableLength > MAX_PENDING_BYTES) {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        this.stream.once('error', onError);
        this.stream.once('drain', () => {
          this.stream.off('error', onError);
          resolve();
        });
      });
    } else {
      // Let timers (the progress report) and I/O callbacks run.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.once('finish', resolve);
      this.stream.end();
    });
  }
}
