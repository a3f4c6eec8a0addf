import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements run on behalf of one unit of work (an HTTP request, a test step).
 * Tests use it to prove list queries are batched (no N+1); the benchmark reports it.
 */
const storage = new AsyncLocalStorage<{ count: number }>();

export function countQuery(): void {
  const counter = storage.getStore();
  if (counter) counter.count += 1;
}

/** Runs `work` (and everything it awaits or schedules) with a fresh counter. */
export function runCountingQueries<T>(work: () => T): T {
  return storage.run({ count: 0 }, work);
}

export function currentQueryCount(): number | undefined {
  return storage.getStore()?.count;
}

export async function withQueryCount<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter = { count: 0 };
  const result = await storage.run(counter, work);
  return { result, queries: counter.count };
}
