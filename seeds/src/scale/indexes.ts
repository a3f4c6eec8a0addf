import type pg from 'pg';

interface Definitions {
  table: string;
  constraints: { name: string; definition: string; type: string }[];
  indexes: { name: string; definition: string }[];
}

/**
 * Drops a table's keys, foreign keys and indexes inside the caller's transaction, so that a bulk
 * load appends to a bare heap; `restore` rebuilds them from the definitions read in the catalog
 * (so they stay exactly what the migrations made), one sort per index instead of millions of
 * random insertions. If anything fails the transaction rolls back and nothing was ever dropped.
 */
export async function dropIndexes(client: pg.Client, table: string): Promise<() => Promise<void>> {
  const definitions = await readDefinitions(client, table);
  for (const constraint of definitions.constraints.filter((entry) => entry.type === 'f')) await client.query(`alter table ${table} drop constraint "${constraint.name}"`);
  for (const constraint of definitions.constraints.filter((entry) => entry.type !== 'f')) await client.query(`alter table ${table} drop constraint "${constraint.name}"`);
  for (const index of definitions.indexes) await client.query(`drop index ${table.split('.')[0]}."${index.name}"`);
  return async () => {
    for (const constraint of definitions.constraints.filter((entry) => entry.type !== 'f')) await client.query(`alter table ${table} add constraint "${constraint.name}" ${constraint.definition}`);
    for (const index of definitions.indexes) await client.query(index.definition);
    for (const constraint of definitions.constraints.filter((entry) => entry.type === 'f')) await client.query(`alter table ${table} add constraint "${constraint.name}" ${constraint.definition}`);
  };
}

async function readDefinitions(client: pg.Client, table: string): Promise<Definitions> {
  const constraints = await client.query<{ name: string; definition: string; type: string }>(
    `select conname as name, pg_get_constraintdef(oid) as definition, contype as type
       from pg_constraint where conrelid = $1::regclass and contype in ('p', 'u', 'f') order by conname`,
    [table],
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = $1::regclass
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.conrelid = i.indrelid)
      order by c.relname`,
    [table],
  );
  return { table, constraints: constraints.rows, indexes: indexes.rows };
}
