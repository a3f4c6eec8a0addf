/**
 * Runs tasks with a fixed concurrency, in order of the list; `every` is called (awaited, the
 * workers paused) after each `interval` completed tasks — the hostile suite probes /readyz there.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
  every?: { interval: number; run: (done: number) => Promise<void> },
): Promise<void> {
  let next = 0;
  let done = 0;
  let probing: Promise<void> | undefined;
  const worker = async () => {
    while (next < items.length) {
      if (probing) await probing;
      const index = next++;
      await task(items[index]!, index);
      done += 1;
      if (every && done % every.interval === 0) {
        probing ??= every.run(done).finally(() => (probing = undefined));
        await probing;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Counts by key, printed sorted by count. */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(key: string, count = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + count);
  }

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  entries(): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  format(): string {
    return this.entries().map(([key, count]) => `${key} ${count}`).join(', ');
  }
}
