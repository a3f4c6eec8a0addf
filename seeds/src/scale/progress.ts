import type { ProgressEvent } from './parameters.js';

/**
 * Rows and rows per second of each table, reported every few seconds to stderr (the CLI) or to a
 * callback (the benchmark), so that a long run shows it is alive and how fast it goes.
 */
export class Progress {
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private readonly seen = new Map<string, { rows: number; at: number }>();

  constructor(
    private readonly report: ((event: ProgressEvent) => void) | undefined,
    private readonly log: ((line: string) => void) | undefined,
  ) {}

  /** `read` returns the current rows of each table of the phase. */
  start(phase: ProgressEvent['phase'], read: () => Record<string, number>, everyMs = 2000): void {
    this.stop();
    this.timer = setInterval(() => this.emit(phase, read()), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  emit(phase: ProgressEvent['phase'], rowsByTable: Record<string, number>): void {
    const now = Date.now();
    const parts: string[] = [];
    for (const [table, rows] of Object.entries(rowsByTable)) {
      const key = `${phase}:${table}`;
      const previous = this.seen.get(key) ?? { rows: 0, at: this.started };
      const rowsPerSecond = now > previous.at ? Math.round(((rows - previous.rows) * 1000) / (now - previous.at)) : 0;
      this.seen.set(key, { rows, at: now });
      this.report?.({ phase, table, rows, rowsPerSecond });
      parts.push(`${table} ${rows.toLocaleString('en')} (${rowsPerSecond.toLocaleString('en')}/s)`);
    }
    this.log?.(`[seed:scale ${((now - this.started) / 1000).toFixed(0).padStart(4)}s] ${phase.padEnd(8)} ${parts.join('  ')}`);
  }

  note(message: string): void {
    this.log?.(`[seed:scale ${((Date.now() - this.started) / 1000).toFixed(0).padStart(4)}s] ${message}`);
  }
}
