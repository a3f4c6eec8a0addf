import type pg from 'pg';

/**
 * Columns that change with no request at all (the mail worker's bookkeeping): left out so that a
 * digest taken around a refused call only moves if that call wrote something.
 */
const BACKGROUND_COLUMNS: Record<string, readonly string[]> = {
  'public.mail_outbox': ['status', 'attempts', 'next_attempt_at', 'last_error', 'sent_at', 'locked_until', 'claimed_at', 'lease_until', 'updated_at'],
  // The webhook worker's bookkeeping: attempts on the endpoints that cells created.
  'partners.deliveries': ['status', 'attempts', 'next_attempt_at', 'claimed_by', 'last_status_code', 'delivered_at'],
  'partners.webhook_endpoints': ['failing_since'],
};

/**
 * Tables that every request may write, refused or not, and that hold no data of the product:
 * the partner clients' cost budget (a request is charged before it runs) and the webhook
 * worker's log of attempts.
 */
const IGNORED_TABLES = new Set(['partners.client_budget', 'partners.delivery_attempts']);

export type Digest = Map<string, string>;

/**
 * One fingerprint per table of the application's database (every schema but PostgreSQL's own):
 * its row count and a sum over each row version's (xmin, ctid), which any insert, update or
 * delete changes, without serialising every row (the demo's knowledge elements are many). A
 * table with background bookkeeping is fingerprinted over its other columns instead.
 */
export async function digestDatabase(db: pg.Client): Promise<Digest> {
  let statement = statements.get(db);
  if (!statement) {
    statement = await digestStatement(db);
    statements.set(db, statement);
  }
  const { rows } = await db.query<{ table: string; digest: string }>(statement);
  return new Map(rows.map((row) => [row.table, row.digest]));
}

/** The tables do not change during a run: the catalogue is read once per connection. */
const statements = new WeakMap<pg.Client, string>();

async function digestStatement(db: pg.Client): Promise<string> {
  const { rows: columns } = await db.query<{ table: string; column: string }>(
    `select c.table_schema || '.' || c.table_name as "table", c.column_name as "column"
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema')
      order by 1, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { table, column } of columns) if (!IGNORED_TABLES.has(table)) byTable.set(table, [...(byTable.get(table) ?? []), column]);
  const parts = [...byTable].map(([table, names]) => {
    const [schema, name] = table.split('.') as [string, string];
    const source = `${quote(schema)}.${quote(name)} t`;
    const skipped = BACKGROUND_COLUMNS[table];
    if (!skipped) return `select '${table}' as "table", count(*) || ':' || coalesce(sum(hashtext(t.xmin::text || t.ctid::text)::bigint), 0) as digest from ${source}`;
    const row = `row(${names.filter((column) => !skipped.includes(column)).map((column) => `t.${quote(column)}`).join(', ')})::text`;
    return `select '${table}' as "table", md5(coalesce(string_agg(${row}, '|' order by ${row}), '')) as digest from ${source}`;
  });
  return parts.join(' union all ');
}

/** The tables whose content differs. */
export function changedTables(before: Digest, after: Digest): string[] {
  const tables = new Set([...before.keys(), ...after.keys()]);
  return [...tables].filter((table) => before.get(table) !== after.get(table)).sort();
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
