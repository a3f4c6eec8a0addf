import type { RunningApp } from '../../support/app.js';
import { outcomeOf, post } from './fixtures.js';

/** How many times each outcome came back, e.g. { ALLOW: 1, ALREADY_SHARED: 19 }. */
export type Tally = Record<string, number>;

export interface RaceAnswer {
  outcome: string;
  data?: Record<string, unknown> | null;
}

/**
 * Fires `count` copies of one call at the same moment (all requests built first, then sent
 * together) and waits for every answer.
 */
export async function race(
  app: RunningApp,
  count: number,
  call: (index: number) => { query: string; variables?: Record<string, unknown>; authorization?: string },
): Promise<{ answers: RaceAnswer[]; tally: Tally }> {
  const calls = Array.from({ length: count }, (_, index) => call(index));
  const answers = await Promise.all(
    calls.map(async ({ query, variables, authorization }) => {
      const answer = await post(app, query, variables ?? {}, authorization);
      return { outcome: outcomeOf(answer), data: answer.data };
    }),
  );
  return { answers, tally: tallyOf(answers.map((answer) => answer.outcome)) };
}

export function tallyOf(outcomes: string[]): Tally {
  const tally: Tally = {};
  for (const outcome of outcomes) tally[outcome] = (tally[outcome] ?? 0) + 1;
  return tally;
}

export function describeTally(tally: Tally): string {
  return Object.entries(tally)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([outcome, count]) => `${outcome} ×${count}`)
    .join(', ');
}
