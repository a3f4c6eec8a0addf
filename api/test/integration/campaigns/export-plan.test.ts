import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../src/certification/api/index.js';
import { rebuildCampaignsReadSide } from '../../../src/campaigns/api/index.js';
import { ResultsExportRepository } from '../../../src/campaigns/infrastructure/results-export.repository.js';
import { cursorDeclaration, type StreamingReads } from '../../../src/shared/database/streaming-reads.js';
import { createTestDatabase } from '../../support/index.js';
import { insertBulkParticipations } from '../../support/bulk-participations.js';
import { entities } from '../../../src/entities.js';
import { initORM, migrate, type Orm } from '../../../src/shared/database/orm.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/**
 * The export's plan, machine-independent (no timing): over a campaign of 20,000 participations,
 * the statement the repository gives its cursor reads the name index in order, the results by
 * primary key, and sorts nothing, so the first batch leaves before the campaign is read.
 */
describe('CSV export plan over a 20,000-participation campaign', () => {
  let database: { url: string; drop(): Promise<void> };
  let orm: Orm;
  let client: pg.Client;
  let campaignId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await initORM({ clientUrl: database.url, entities });
    await migrate(orm);
    const connection = orm.em.getConnection();
    const campaign = async (organizationId: string, code: string) => (await connection.execute<{ id: string }[]>(
      `insert into campaigns.campaigns (id, organization_id, type, name, code, target_profile_id, owner_id, creator_id, created_at, updated_at)
       values (gen_random_uuid(), ?, 'ASSESSMENT', ?, ?, ?, gen_random_uuid(), gen_random_uuid(), now(), now()) returning id`,
      [organizationId, `Campagne ${code}`, code, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID],
    ))[0]!.id;
    // The campaign, and a smaller one of another organisation beside it in the table.
    for (const [code, count] of [['PLANEXP01', 20_000], ['PLANEXP02', 1_000]] as const) {
      const organizationId = crypto.randomUUID();
      const id = await campaign(organizationId, code);
      await insertBulkParticipations(orm.em.fork(), { organizationId, campaignId: id, targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID, count });
      campaignId ??= id;
    }
    await rebuildCampaignsReadSide({ em: orm.em.fork() });
    await connection.execute('analyze campaigns.participations');
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await orm?.close(true);
    await database?.drop();
  });

  it('reads participations_current_name_index in order, the results by primary key: no Seq Scan on participations, no Sort', async () => {
    // The statement as the repository hands it to the cursor, not a copy.
    const statements: { sql: string; values: unknown[] }[] = [];
    const recorder: Pick<StreamingReads, 'batches'> = {
      async *batches<Row>(sql: string, values: unknown[]): AsyncGenerator<Row[]> {
        statements.push({ sql, values });
      },
    };
    for await (const batch of new ResultsExportRepository(recorder).readCurrentInBatches(campaignId, { batchSize: 1000 })) expect(batch).toEqual([]);
    expect(statements).toHaveLength(1);
    const [{ sql, values }] = statements as [{ sql: string; values: unknown[] }];
    expect(values).toEqual([campaignId]);

    // EXPLAIN of the DECLARE itself: a cursor is planned for its first rows, as the export runs it.
    // (The same select planned for all its rows, as a protocol-level portal would run it, sorts
    // a parallel sequential scan here: what streaming-reads.ts declares a cursor to avoid.)
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${cursorDeclaration(sql)}`, values);
    const nodes = nodesOf(rows[0]!['QUERY PLAN'][0].Plan);
    const described = JSON.stringify(nodes.map((node) => [node['Node Type'], node['Relation Name'], node['Index Name']]));
    const participationScans = nodes.filter((node) => node['Relation Name'] === 'participations');
    expect(participationScans.map((node) => [node['Node Type'], node['Index Name']]), described).toEqual([
      ['Index Scan', 'participations_current_name_index'],
      ['Index Scan', 'participations_pkey'],
    ]);
    expect(nodes.filter((node) => /Sort|Seq Scan|Materialize|Hash/.test(node['Node Type'])), described).toEqual([]);
    // The outermost scan is the name index: rows leave in its order.
    expect(nodes[0]!['Node Type'], described).toMatch(/Nested Loop|Index Scan/);
  });
});
