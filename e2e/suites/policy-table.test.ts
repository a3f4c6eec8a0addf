import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../support/app.js';
import { OPERATION_CALLS } from './support/policy-operations.js';
import { coverageProblems, parsePolicyTable, PRINCIPALS, rootOperations, supergraphFromText } from './support/policy-table.js';

const TABLE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'access-policy.md'), 'utf8');
const SDL = readFileSync(join(REPOSITORY_ROOT, 'schema/supergraph.graphql'), 'utf8');
const CALLS = new Set(OPERATION_CALLS.map((call) => call.operation));

/** The committed SDL with one more field on a root type, as a new resolver would add it. */
function withExtraField(type: 'Query' | 'Mutation', field: string): string {
  const opening = new RegExp(`type ${type}\\n((?:  @join__type\\(graph: \\w+\\)\\n)*)\\{\\n`);
  if (!opening.test(SDL)) throw new Error(`no type ${type} in the supergraph`);
  return SDL.replace(opening, (match) => `${match}  ${field} @join__field(graph: ORGANIZATIONS)\n`);
}

/**
 * The policy suite's guard, without the application: the table must cover the committed
 * supergraph exactly, so an operation added without a row fails `npm test`.
 */
describe('policy table against the supergraph', () => {
  it('covers every root operation of the committed SDL, each with a call', () => {
    const schema = supergraphFromText(SDL);
    expect(rootOperations(schema).length).toBeGreaterThanOrEqual(48);
    expect(coverageProblems(schema, parsePolicyTable(TABLE), CALLS)).toEqual([]);
  });

  it('fails naming a query that has no row', () => {
    const schema = supergraphFromText(withExtraField('Query', 'unlistedReport(id: ID!): String'));
    expect(rootOperations(schema)).toContain('Query.unlistedReport');
    expect(coverageProblems(schema, parsePolicyTable(TABLE), CALLS)).toEqual(['Query.unlistedReport is in the supergraph but has no row in access-policy.md']);
  });

  it('fails naming a mutation that has no row', () => {
    const schema = supergraphFromText(withExtraField('Mutation', 'purgeEverything: Boolean!'));
    expect(coverageProblems(schema, parsePolicyTable(TABLE), CALLS)).toEqual(['Mutation.purgeEverything is in the supergraph but has no row in access-policy.md']);
  });

  it('fails on a row naming an operation that does not exist', () => {
    const row = TABLE.split('\n').find((line) => line.startsWith('| `Mutation.setSupportRole`'))!;
    const table = `${TABLE.trimEnd()}\n${row.replace('Mutation.setSupportRole', 'Mutation.setSupportRoles')}\n`;
    expect(coverageProblems(supergraphFromText(SDL), parsePolicyTable(table), CALLS)).toEqual([
      'Mutation.setSupportRoles (access-policy.md line ' + table.trimEnd().split('\n').length + ') is not a field of the supergraph',
    ]);
  });

  it('fails on a row without a call, and on a call without a row', () => {
    const calls = new Set(CALLS);
    calls.delete('Query.me');
    calls.add('Query.notInTheTable');
    expect(coverageProblems(supergraphFromText(SDL), parsePolicyTable(TABLE), calls)).toEqual([
      'Query.me has a row but no call in support/policy-operations.ts',
      'Query.notInTheTable has a call in support/policy-operations.ts but no row in access-policy.md',
    ]);
  });

  it('refuses a malformed cell and a missing cell, partner columns included', () => {
    const row = TABLE.split('\n').find((line) => line.startsWith('| `Query.me`'))!;
    /** The row with one principal's cell replaced (the operation is cell 0, the principals follow in order). */
    const withCell = (principal: (typeof PRINCIPALS)[number], value: string): string => {
      const cells = row.split('|');
      cells[PRINCIPALS.indexOf(principal) + 2] = ` ${value} `;
      return TABLE.replace(row, cells.join('|'));
    };
    expect(() => parsePolicyTable(TABLE.replace(row, row.replace('ALLOW', 'maybe')))).toThrow(/Query.me × anonymous: "maybe" is not an outcome/);
    expect(() => parsePolicyTable(TABLE.replace(row, row.replace('| ALLOW ', '')))).toThrow(/14 cells, 15 expected/);
    // The partner columns are real principals now: the placeholder they held is no outcome.
    expect(() => parsePolicyTable(withCell('partnerRightNetwork', '—'))).toThrow(/Query.me × partnerRightNetwork: "—" is not an outcome/);
    expect(() => parsePolicyTable(withCell('partnerWrongNetwork', ''))).toThrow(/Query.me × partnerWrongNetwork: "" is not an outcome/);
    expect(parsePolicyTable(TABLE).find((each) => each.operation === 'Query.network')!.cells).toMatchObject({
      partnerRightNetwork: { expected: 'ALLOW' },
      partnerWrongNetwork: { expected: 'NOT_FOUND' },
    });
  });
});
