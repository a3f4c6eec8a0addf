import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import argon2 from 'argon2';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { entities, initORM, migrate, rebuildCampaignsReadSide, type Orm } from '@orga-spe/api';
import { dropIndexes } from './indexes.js';
import { resolveParameters, SCALE_EMAIL_DOMAIN, SCALE_PASSWORD, type ScaleManifest, type ScaleOptions } from './parameters.js';
import { generateParticipations } from './participations.js';
import { Progress } from './progress.js';
import { Random } from './random.js';
import { loadReference } from './reference.js';
import { campaignLine, COLUMNS, membershipLine, organizationLine, type Table, TABLES, userLine } from './rows.js';
import { planStructures } from './structures.js';
import { TableWriter } from './table-writer.js';
import { planTwins, TWIN_EMAIL_TAG, TWIN_STREAM } from './twins.js';

const RUNS_TABLE = 'public.seed_scale_runs';
/** Counted by ANALYZE after the commit, with the tables above: the campaigns read side. */
const READ_SIDE_TABLES = ['campaigns.campaign_counts', 'campaigns.campaign_competence_results', 'campaigns.campaign_mastery_rates', 'campaigns.organization_participant_counts'];
/** Loaded straight into PostgreSQL while generating; the others go through temporary files. */
const STREAMED: Table = 'certification.knowledge_elements';
const BARE_LOAD: Table[] = ['campaigns.participations', 'certification.knowledge_elements'];

/**
 * The national-scale dataset (README.md): generated from `seed`, loaded with COPY in one
 * transaction, recorded in public.seed_scale_runs. Same parameters again: returns the stored
 * manifest. A database with other data: refused unless `force`.
 */
export async function generateScaleDataset(target: Orm | string, options: ScaleOptions & { log?: (line: string) => void }): Promise<ScaleManifest> {
  const started = Date.now();
  const { seed, parameters } = resolveParameters(options);
  const ownOrm = typeof target === 'string' ? await initORM({ clientUrl: target, entities }) : undefined;
  const orm = ownOrm ?? (target as Orm);
  const client = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  const progress = new Progress(options.onProgress, options.log);
  let workDir: string | undefined;
  try {
    await migrate(orm);
    await client.connect();
    await client.query(`create table if not exists ${RUNS_TABLE} (
      key text primary key, seed bigint not null, parameters jsonb not null, manifest jsonb not null, created_at timestamptz not null default now())`);
    const key = JSON.stringify({ seed, parameters });
    const existing = await client.query<{ manifest: ScaleManifest }>(`select manifest from ${RUNS_TABLE} where key = $1`, [key]);
    if (existing.rows[0]) {
      progress.note('this dataset is already in the database: nothing to do');
      return { ...existing.rows[0].manifest, alreadyPresent: true };
    }
    await refuseForeignData(client, options.force ?? false);

    const networkIds = Object.fromEntries((await client.query<{ code: string; id: string }>('select code, id from organizations.networks')).rows.map((row) => [row.code, row.id]));
    const takenCodes = new Set((await client.query<{ code: string }>('select code from campaigns.campaigns')).rows.map((row) => row.code));
    const reference = await loadReference(orm);
    const random = new Random(seed);
    const structures = planStructures(random, parameters, takenCodes);
    // One hash for every account; its salt comes from the seed so that the rows repeat exactly.
    const salt = Buffer.alloc(16);
    const saltRandom = new Random(seed, 1);
    for (let index = 0; index < 16; index += 4) salt.writeUInt32BE(saltRandom.next32(), index);
    const passwordHash = await argon2.hash(SCALE_PASSWORD, { type: argon2.argon2id, salt });

    const twinRandom = new Random(seed, TWIN_STREAM);
    const twins = planTwins(twinRandom, parameters, new Set([...takenCodes, ...structures.campaigns.map((campaign) => campaign.code)]));

    workDir = mkdtempSync(join(tmpdir(), 'orga-spe-scale-'));
    const folder = workDir;
    // One transaction of the app's ORM: the rows go in with COPY on its connection, then the app's
    // own rebuildCampaignsReadSide computes the read side in the same transaction (all or nothing).
    const manifest = await orm.em.fork().transactional(async (em) => {
      const client = await transactionConnection(em);
      await client.query(`set local maintenance_work_mem = '512MB'`);
      const restores: (() => Promise<void>)[] = [];
      for (const table of BARE_LOAD) restores.push(await dropIndexes(client, table));

      const copyStatement = (table: Table) => `copy ${table} (${COLUMNS[table].join(', ')}) from stdin`;
      const writers = new Map<Table, TableWriter>();
      const files = new Map<Table, string>();
      for (const table of TABLES) {
        if (table === STREAMED) {
          writers.set(table, new TableWriter(table, client.query(copyFrom(copyStatement(table)))));
        } else {
          files.set(table, join(folder, `${table}.tsv`));
          writers.set(table, new TableWriter(table, createWriteStream(files.get(table)!, { highWaterMark: 8 << 20 })));
        }
      }
      const writer = (table: Table) => writers.get(table)!;
      const rowsOf = () => Object.fromEntries([...writers].map(([table, entry]) => [table, entry.rows]));

      progress.note(`generating seed ${seed}: ${JSON.stringify(parameters)}`);
      progress.start('generate', rowsOf);
      for (const organization of structures.organizations) writer('organizations.organizations').write(organizationLine(organization, networkIds));
      for (const advisor of structures.advisors) writer('organizations.users').write(userLine(advisor, passwordHash));
      for (const membership of structures.memberships) writer('organizations.memberships').write(membershipLine(membership));
      for (const campaign of structures.campaigns) writer('campaigns.campaigns').write(campaignLine(campaign));
      const asOf = Date.parse(parameters.asOf);
      const freshParticipants = Array.from({ length: parameters.freshParticipants }, (_, index) => ({
        id: random.uuid(),
        email: `candidat.libre.${String(index + 1).padStart(5, '0')}@${SCALE_EMAIL_DOMAIN}`,
        firstName: random.pick(['Alex', 'Camille', 'Dominique', 'Sacha', 'Charlie']),
        lastName: `Libre ${index + 1}`,
        createdAt: asOf - 24 * 3600 * 1000,
        lastLoggedAt: null,
      }));
      for (const user of freshParticipants) writer('organizations.users').write(userLine(user, passwordHash));
      const tableWriters = { get: writer, flushIfFull: async () => { for (const entry of writers.values()) await entry.flushIfFull(); } };
      const people = await generateParticipations(random, structures, reference, tableWriters, { asOf, passwordHash });
      // The twins last, from their own stream: the rows above are what they were before there were twins.
      for (const organization of twins.organizations) writer('organizations.organizations').write(organizationLine(organization, networkIds));
      for (const advisor of twins.advisors) writer('organizations.users').write(userLine(advisor, passwordHash));
      for (const membership of twins.memberships) writer('organizations.memberships').write(membershipLine(membership));
      for (const campaign of twins.campaigns) writer('campaigns.campaigns').write(campaignLine(campaign));
      await generateParticipations(twinRandom, twins, reference, tableWriters, { asOf, passwordHash, emailTag: TWIN_EMAIL_TAG });
      for (const entry of writers.values()) await entry.end();
      progress.stop();
      progress.emit('generate', rowsOf());

      // Files in foreign-key order: structures, accounts, teams, campaigns, participants, participations.
      for (const [table, file] of files) {
        const rows = writers.get(table)!.rows;
        const bytes = statSync(file).size || 1;
        let read = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            read += chunk.length;
            done(null, chunk);
          },
        });
        progress.start('load', () => ({ [table]: Math.round((rows * read) / bytes) }));
        await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), counter, client.query(copyFrom(copyStatement(table))));
        progress.stop();
        progress.emit('load', { [table]: rows });
        rmSync(file);
      }
      progress.note(`rebuilding the keys and indexes of ${BARE_LOAD.join(', ')}`);
      for (const restore of restores) await restore();
      // The copied names and result pointers were written by the COPY as the rebuild computes them
      // (its updates find nothing to change); the kept aggregates are computed here.
      progress.note('rebuilding the campaigns read side (rebuildCampaignsReadSide)');
      const rebuildStarted = Date.now();
      await rebuildCampaignsReadSide({ em });
      progress.note(`read side rebuilt in ${((Date.now() - rebuildStarted) / 1000).toFixed(1)} s`);

      const counts = rowsOf();
      const manifest: ScaleManifest = {
        seed,
        parameters,
        counts,
        bigCampaign: { id: structures.bigCampaign.id, code: structures.bigCampaign.code, organizationId: structures.bigOrganization.id, participationsCount: structures.bigCampaign.participationsCount },
        bigOrganization: { id: structures.bigOrganization.id, name: structures.bigOrganization.name, campaignsCount: structures.campaigns.filter((campaign) => campaign.organizationId === structures.bigOrganization.id).length },
        admin: { email: structures.admin.email, password: SCALE_PASSWORD },
        participant: { email: people.reference.email, password: SCALE_PASSWORD, participationId: people.reference.participationId },
        twinCampaign: { id: twins.bigCampaign.id, code: twins.bigCampaign.code, organizationId: twins.bigOrganization.id, participationsCount: twins.bigCampaign.participationsCount },
        twinOrganization: { id: twins.bigOrganization.id, name: twins.bigOrganization.name, campaignsCount: twins.campaigns.length },
        twinAdmin: { email: twins.admin.email, password: SCALE_PASSWORD },
        joinableCampaignCode: structures.joinableCampaigns[0]!.code,
        joinableCampaignCodes: structures.joinableCampaigns.map((campaign) => campaign.code),
        freshParticipants: freshParticipants.map((user) => ({ email: user.email, password: SCALE_PASSWORD })),
        alreadyPresent: false,
        // Generation and load, as recorded with the data (ANALYZE comes after the commit).
        durationMs: Date.now() - started,
      };
      await client.query(`insert into ${RUNS_TABLE} (key, seed, parameters, manifest) values ($1, $2, $3, $4)`, [key, seed, parameters, manifest]);
      return manifest;
    });
    progress.note('committed; analyzing');
    for (const table of [...TABLES, ...READ_SIDE_TABLES]) await client.query(`analyze ${table}`);
    progress.note(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return manifest;
  } finally {
    progress.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
    await client.end().catch(() => undefined);
    await ownOrm?.close(true);
  }
}

/**
 * The PostgreSQL connection of the ORM transaction `em` runs in (knex hands a transaction's own
 * connection to whoever asks its client), for COPY, which goes through `pg` directly.
 */
async function transactionConnection(em: Parameters<Parameters<Orm['em']['transactional']>[0]>[0]): Promise<pg.Client> {
  const transaction = em.getTransactionContext() as { client: { acquireConnection(): Promise<pg.Client> } } | undefined;
  if (!transaction) throw new Error('no transaction context');
  return transaction.client.acquireConnection();
}

async function refuseForeignData(client: pg.Client, force: boolean): Promise<void> {
  const runs = await client.query<{ seed: string; parameters: unknown }>(`select seed, parameters from ${RUNS_TABLE}`);
  if (runs.rows.length) {
    throw new Error(`Another scale dataset is in this database (seed ${runs.rows[0]!.seed}, ${JSON.stringify(runs.rows[0]!.parameters)}); its accounts would collide with this one's. Use a fresh database.`);
  }
  const { rows } = await client.query<{ users: number; organizations: number; campaigns: number }>(
    `select (select count(*) from organizations.users)::int as users, (select count(*) from organizations.organizations)::int as organizations, (select count(*) from campaigns.campaigns)::int as campaigns`,
  );
  const found = rows[0]!;
  if ((found.users || found.organizations || found.campaigns) && !force) {
    throw new Error(`The database already holds data (${found.users} users, ${found.organizations} organisations, ${found.campaigns} campaigns). Use a fresh database, or --force to add the dataset next to it.`);
  }
}
