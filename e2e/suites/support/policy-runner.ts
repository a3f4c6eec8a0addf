import { changedTables, digestDatabase, type Digest } from './policy-digest.js';
import type { OperationCall } from './policy-operations.js';
import { outcomeOf, post } from './fixtures.js';
import { PRINCIPALS, type PolicyRow } from './policy-table.js';
import { authorizationOf, freshSessionOf, spendFixturesInUse, type PolicyWorld } from './policy-world.js';

export interface Mismatch {
  cell: string;
  expected: string;
  got: string;
  detail?: string;
}

export interface PolicyRun {
  cells: number;
  readBacks: number;
  mismatches: Mismatch[];
  /** Milliseconds per operation, for POLICY_TIMINGS=1. */
  timings: string[];
}

/**
 * Calls every operation as every principal, in the order of `calls`, one cell at a time (so
 * that the run is deterministic), and compares each outcome with its row. Around each write
 * expected to be refused, the database is fingerprinted before and after: any table that moved
 * is a mismatch of its own.
 */
export async function runPolicy(world: PolicyWorld, rows: PolicyRow[], calls: OperationCall[]): Promise<PolicyRun> {
  const byOperation = new Map(rows.map((row) => [row.operation, row]));
  const run: PolicyRun = { cells: 0, readBacks: 0, mismatches: [], timings: [] };
  // The last fingerprint, still true while nothing has written since.
  let fingerprint: Digest | undefined;

  for (const call of calls) {
    const row = byOperation.get(call.operation);
    if (!row) continue; // the coverage test names it
    const started = Date.now();
    for (const principal of PRINCIPALS) {
      const { expected } = row.cells[principal];
      const cell = `${call.operation} × ${principal}`;
      world.inUse.clear();
      world.wrote = false;
      const variables = (await call.variables?.(world, principal)) ?? {};
      const authorization = call.freshSession ? await freshSessionOf(world, principal) : authorizationOf(world, principal);
      if (world.wrote || call.freshSession) fingerprint = undefined;
      const before = call.write && expected !== 'ALLOW' ? (fingerprint ?? (await digestDatabase(world.db))) : undefined;

      const answer = call.send ? await call.send(world, variables, authorization) : await post(world.app, call.document, variables, authorization);
      const got = outcomeOf(answer);
      run.cells += 1;
      if (got !== expected) run.mismatches.push({ cell, expected, got, detail: answer.errors?.[0]?.message });

      if (call.write && got === 'ALLOW') {
        spendFixturesInUse(world);
        call.after?.(world, answer);
        fingerprint = undefined;
      } else if (before) {
        run.readBacks += 1;
        fingerprint = await digestDatabase(world.db);
        const changed = changedTables(before, fingerprint);
        if (changed.length) run.mismatches.push({ cell, expected: 'nothing written', got: `changed ${changed.join(', ')}` });
      }
    }
    run.timings.push(`${call.operation} ${Date.now() - started} ms`);
  }
  return run;
}
