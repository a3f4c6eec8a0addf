import { readAnswer, type Answer } from './hostile-checks.js';

/** How one request ended, as the client sees it. */
export type Outcome =
  | { kind: 'ok'; answer: Answer }
  | { kind: 'unavailable'; answer: Answer }
  | { kind: 'refused'; answer: Answer; code: string }
  | { kind: 'server-error'; answer: Answer; problem: string }
  | { kind: 'no-answer'; error: string };

const RETRYABLE = ['SERVICE_UNAVAILABLE', 'SERVICE_BUSY'];
const SERVER_ERRORS = ['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR'];

/** One GraphQL POST, classified: a 503 SERVICE_UNAVAILABLE is the promised answer to an outage. */
export async function send(
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<Outcome> {
  let answer: Answer;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    answer = await readAnswer(response);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'no-answer', error: cause ?? (error as Error).message };
  }
  const errors = (answer.body as { errors?: { extensions?: { code?: string }; message?: string }[] })?.errors ?? [];
  const codes = errors.map((error) => error.extensions?.code);
  if (answer.status >= 500 && !(answer.status === 503 && codes.length && codes.every((code) => code && RETRYABLE.includes(code)))) {
    return { kind: 'server-error', answer, problem: `HTTP ${answer.status} ${codes.join(',') || answer.text.slice(0, 120)}` };
  }
  const serverCode = codes.find((code) => !code || SERVER_ERRORS.includes(code));
  if (errors.length && serverCode !== undefined) return { kind: 'server-error', answer, problem: `HTTP ${answer.status} ${serverCode}` };
  if (errors.length && codes.every((code) => code && RETRYABLE.includes(code))) return { kind: 'unavailable', answer };
  if (errors.length) {
    if (codes.includes(undefined)) return { kind: 'server-error', answer, problem: `HTTP ${answer.status} error without extensions.code` };
    return { kind: 'refused', answer, code: codes[0]! };
  }
  if (answer.status === 503) return { kind: 'unavailable', answer };
  return { kind: 'ok', answer };
}

/** What a load saw: acknowledged writes, 503s, refusals, server errors, no answers. */
export class LoadFigures {
  readonly acknowledged: string[] = [];
  /** Acknowledged after `recoveredAt` (the app writes again, not only /readyz). */
  acknowledgedAfterRecovery = 0;
  recoveredAt: number | undefined;
  unavailable = 0;
  noAnswer = 0;
  readonly refused = new Map<string, number>();
  readonly serverErrors: string[] = [];

  record(outcome: Outcome, id?: string): void {
    switch (outcome.kind) {
      case 'ok':
        if (id) {
          this.acknowledged.push(id);
          if (this.recoveredAt && Date.now() > this.recoveredAt) this.acknowledgedAfterRecovery += 1;
        }
        return;
      case 'unavailable':
        this.unavailable += 1;
        return;
      case 'refused':
        this.refused.set(outcome.code, (this.refused.get(outcome.code) ?? 0) + 1);
        return;
      case 'server-error':
        this.serverErrors.push(`${outcome.problem}: ${outcome.answer.text.slice(0, 300)}`);
        return;
      case 'no-answer':
        this.noAnswer += 1;
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** Runs `clients` loops of `step` until `stop()`; resolves when every loop has ended. */
export function startLoad(clients: number, step: (client: number, sequence: number) => Promise<void>): { stop(): Promise<void> } {
  let running = true;
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let sequence = 0; running; sequence += 1) await step(client, sequence);
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Polls until `check` is true; returns the milliseconds it took, or undefined after the timeout. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if (await check()) return Date.now() - started;
    } catch {
      // Not yet.
    }
    await sleep(intervalMs);
  }
  return undefined;
}
