import autocannon from 'autocannon';

/** One HTTP request as the scenarios describe it. */
export interface HttpCall {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A step of a write sequence: builds its request from the sequence's context, reads the answer into it. */
export interface SequenceStep<C> {
  call(context: C): HttpCall;
  after?(body: string, context: C): void;
}

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  warmup: number;
  duration: number;
  /** Measured rounds after the one warm-up (default 1); the figures are their medians. */
  rounds?: number;
  /** Called between the warm-up and the measured rounds (to zero the server's counters). */
  beforeMeasure?: () => Promise<void>;
}

/** One measured round's figures. */
export interface RoundFigures {
  requestsPerSecond: number;
  sequencesPerSecond?: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LoadResult {
  /** Each measured round; the fields below are their medians (requests and errors: their sums). */
  rounds: RoundFigures[];
  requests: number;
  requestsPerSecond: number;
  /** Milliseconds; for a sequence, of the whole sequence. */
  p50: number;
  p95: number;
  p99: number;
  /** Sequences completed per second (writes only). */
  sequencesPerSecond?: number;
  /** Non-2xx answers, GraphQL `errors`, timeouts and socket errors. */
  errors: number;
  firstError?: string;
  /** Mean of the x-sql-statements header, when the server sends it. */
  sqlHeader?: number;
}

interface Tally {
  errors: number;
  firstError?: string;
  sqlTotal: number;
  sqlAnswers: number;
  latencies: number[];
}

/** A warm-up round (discarded), then the measured rounds, with the same connections. */
export function measureRequest(url: string, call: HttpCall, options: LoadOptions): Promise<LoadResult> {
  return measureSequence(url, () => ({}), [{ call: () => call }], options);
}

/**
 * A sequence of requests per connection (e.g. start, engine report, share): each connection runs
 * it again and again with a fresh context from `begin`. Latency runs from building the first
 * request (autocannon builds it just before writing it) to the last answer; a single request is a
 * sequence of one. We time it ourselves because autocannon's histogram has no p95.
 */
export async function measureSequence<C extends object>(url: string, begin: () => C, steps: SequenceStep<C>[], options: LoadOptions): Promise<LoadResult> {
  const build = (tally: Tally) =>
    steps.map((step, index) => ({
      setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
        if (index === 0) Object.assign(context, begin(), { startedAt: performance.now() });
        return { ...request, ...toRequest(step.call(context as C)) };
      },
      onResponse: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => {
        check(tally, status, body, headers);
        try {
          step.after?.(body, context as C);
        } catch {
          // Already counted as an error by check(); the next steps will fail and count too.
        }
        if (index === steps.length - 1) tally.latencies.push(performance.now() - (context.startedAt as number));
      },
    }));
  if (options.warmup > 0) await run(url, build(newTally()), options.connections, options.warmup, newTally());
  await options.beforeMeasure?.();
  const tally = newTally();
  const rounds: RoundFigures[] = [];
  let requests = 0;
  let errors = 0;
  let timeouts = 0;
  for (let round = 0; round < (options.rounds ?? 1); round += 1) {
    tally.latencies = [];
    const result = await run(url, build(tally), options.connections, options.duration, tally);
    const sorted = tally.latencies.sort((a, b) => a - b);
    requests += result.requests.total;
    errors += result.errors;
    timeouts += result.timeouts;
    rounds.push({
      requestsPerSecond: result.requests.total / result.duration,
      sequencesPerSecond: steps.length > 1 ? sorted.length / result.duration : undefined,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
    });
  }
  const median = (pick: (round: RoundFigures) => number | undefined) => {
    const values = rounds.map(pick).filter((value): value is number => value !== undefined && !Number.isNaN(value)).sort((a, b) => a - b);
    return values.length ? values[Math.floor(values.length / 2)]! : Number.NaN;
  };
  return {
    rounds,
    requests,
    requestsPerSecond: median((round) => round.requestsPerSecond),
    sequencesPerSecond: steps.length > 1 ? median((round) => round.sequencesPerSecond) : undefined,
    p50: median((round) => round.p50),
    p95: median((round) => round.p95),
    p99: median((round) => round.p99),
    errors: tally.errors + errors + timeouts,
    firstError: tally.firstError ?? (timeouts ? `${timeouts} timeouts` : undefined),
    sqlHeader: tally.sqlAnswers ? tally.sqlTotal / tally.sqlAnswers : undefined,
  };
}

function toRequest(call: HttpCall) {
  return {
    method: call.method,
    path: call.path,
    headers: { ...(call.body ? { 'content-type': 'application/json' } : {}), ...call.headers },
    ...(call.body ? { body: call.body } : {}),
  };
}

function newTally(): Tally {
  return { errors: 0, sqlTotal: 0, sqlAnswers: 0, latencies: [] };
}

function check(tally: Tally, status: number, body: string, headers: Record<string, string>): void {
  const failed = status < 200 || status >= 300 || body.startsWith('{"errors"') || body.includes('"errors":[');
  if (failed) {
    tally.errors += 1;
    tally.firstError ??= `${status} ${body.slice(0, 300)}`;
  }
  const sql = headers['x-sql-statements'];
  if (sql !== undefined) {
    tally.sqlTotal += Number(sql);
    tally.sqlAnswers += 1;
  }
}

function run(url: string, requests: unknown[], connections: number, duration: number, tally: Tally): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, requests: requests as autocannon.Request[], timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    instance.on('error', (error: Error) => {
      tally.errors += 1;
      tally.firstError ??= error.message;
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs the sequence once, request by request, and returns the first failure: a wrong query or an
 * unauthorised call shows up before the load, with its message, instead of as a count of errors.
 */
export async function probe<C extends object>(url: string, begin: () => C, steps: SequenceStep<C>[]): Promise<string | undefined> {
  const context = begin();
  for (const step of steps) {
    const call = step.call(context);
    const response = await fetch(`${url}${call.path}`, {
      method: call.method,
      headers: { ...(call.body ? { 'content-type': 'application/json' } : {}), ...call.headers },
      body: call.body,
    });
    const body = await response.text();
    if (!response.ok || body.startsWith('{"errors"') || body.includes('"errors":[')) return `${response.status} ${body.slice(0, 500)}`;
    step.after?.(body, context);
  }
  return undefined;
}
