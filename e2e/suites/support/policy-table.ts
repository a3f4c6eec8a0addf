import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The principals of the access policy, in the table's column order. The two partner columns are
 * API clients (OAuth 2.0 client credentials) of the owning organisation's network and of another.
 */
export const PRINCIPALS = [
  'anonymous',
  'participant',
  'member',
  'admin',
  'otherMember',
  'otherAdmin',
  'superAdmin',
  'support',
  'metier',
  'certif',
  'engine',
  'partnerRightNetwork',
  'partnerWrongNetwork',
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];
/** The principals that are partner clients, not people: they sign in at POST /oauth/token. */
export const PARTNER_PRINCIPALS = ['partnerRightNetwork', 'partnerWrongNetwork'] as const;
export type PartnerPrincipalName = (typeof PARTNER_PRINCIPALS)[number];

/** ALLOW, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND or a business code (LAST_ADMIN, …). */
export type Outcome = string;

export interface PolicyCell {
  expected: Outcome;
}

export interface PolicyRow {
  /** `Query.campaign`, `Mutation.login`, a nested field such as `Organization.participants`, or an HTTP route (`GET /exports/…`). */
  operation: string;
  cells: Record<PrincipalName, PolicyCell>;
  line: number;
}

const OUTCOME = /^(ALLOW|[A-Z][A-Z_]+[A-Z])$/;
const COLUMNS = ['operation', ...PRINCIPALS, 'why'];

/**
 * Reads the markdown table of access-policy.md: one row per operation, one column per principal.
 * Every row of the table (lines starting with `| Query.`, `| Mutation.` or `| <Type>.`) counts;
 * a malformed row is an error, not a skipped line.
 */
export function parsePolicyTable(markdown: string): PolicyRow[] {
  const rows: PolicyRow[] = [];
  const problems: string[] = [];
  let header: string[] | undefined;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (!text.startsWith('|')) return;
    const cells = text.split('|').slice(1, -1).map((cell) => cell.trim());
    if (cells[0] === 'operation') {
      header = cells;
      if (cells.join(',') !== COLUMNS.join(',')) problems.push(`line ${line}: the header must be | ${COLUMNS.join(' | ')} |`);
      return;
    }
    if (/^:?-+:?$/.test(cells[0] ?? '')) return;
    if (!header) return problems.push(`line ${line}: a row before the header`);
    if (cells.length !== COLUMNS.length) return problems.push(`line ${line}: ${cells.length} cells, ${COLUMNS.length} expected`);
    const operation = cells[0]!.replace(/`/g, '');
    if (!/^[A-Z]\w*\.\w+$/.test(operation) && !isRoute(operation)) return problems.push(`line ${line}: "${operation}" is neither Type.field nor GET /route`);
    const row = { operation, cells: {} as Record<PrincipalName, PolicyCell>, line };
    PRINCIPALS.forEach((principal, column) => {
      const raw = cells[column + 1]!;
      const expected = raw.trim();
      if (!OUTCOME.test(expected)) problems.push(`line ${line}: ${operation} × ${principal}: "${raw}" is not an outcome`);
      row.cells[principal] = { expected };
    });
    rows.push(row);
  });
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.operation)) problems.push(`line ${row.line}: ${row.operation} has two rows`);
    seen.add(row.operation);
  }
  if (problems.length) throw new Error(`access-policy.md is malformed:\n${problems.join('\n')}`);
  return rows;
}

/** HTTP routes outside GraphQL (the CSV export) have rows of their own. */
export function isRoute(operation: string): boolean {
  return /^GET \/\S+$/.test(operation);
}

/** The root operations of the supergraph: every Query and Mutation field but federation's own. */
export function rootOperations(schema: GraphQLSchema): string[] {
  const operations: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.keys(type.getFields())) {
      if (field === '_entities' || field === '_service') continue;
      operations.push(`${type.name}.${field}`);
    }
  }
  return operations;
}

/** The committed supergraph SDL (join directives and all: graphql's buildSchema reads it as is). */
export function loadSupergraph(path: string): GraphQLSchema {
  return supergraphFromText(readFileSync(path, 'utf8'));
}

export function supergraphFromText(sdl: string): GraphQLSchema {
  return buildSchema(sdl, { assumeValidSDL: true });
}

/**
 * What keeps the table honest: every root operation has a row, every row names a field that
 * exists (root or nested), and every row has a call that the suite knows how to make.
 */
export function coverageProblems(schema: GraphQLSchema, rows: PolicyRow[], callable: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const listed = new Set(rows.map((row) => row.operation));
  for (const operation of rootOperations(schema)) {
    if (!listed.has(operation)) problems.push(`${operation} is in the supergraph but has no row in access-policy.md`);
  }
  for (const { operation, line } of rows) {
    if (isRoute(operation)) {
      if (!callable.has(operation)) problems.push(`${operation} has a row but no call in support/policy-operations.ts`);
      continue;
    }
    const [typeName, fieldName] = operation.split('.') as [string, string];
    const type = schema.getType(typeName);
    if (!type || !isObjectType(type) || !type.getFields()[fieldName]) {
      problems.push(`${operation} (access-policy.md line ${line}) is not a field of the supergraph`);
    } else if (!callable.has(operation)) {
      problems.push(`${operation} has a row but no call in support/policy-operations.ts`);
    }
  }
  for (const operation of callable) {
    if (!listed.has(operation)) problems.push(`${operation} has a call in support/policy-operations.ts but no row in access-policy.md`);
  }
  return problems;
}
