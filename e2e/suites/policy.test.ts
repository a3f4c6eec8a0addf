import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, type RunningApp } from '../support/app.js';
import { database, post, startSuiteApp } from './support/fixtures.js';
import { changedTables, digestDatabase } from './support/policy-digest.js';
import { OPERATION_CALLS } from './support/policy-operations.js';
import { coverageProblems, isRoute, loadSupergraph, parsePolicyTable, PRINCIPALS, rootOperations, type PolicyRow } from './support/policy-table.js';
import { runPolicy } from './support/policy-runner.js';
import { buildPolicyWorld, newPartnerClient, type PolicyWorld } from './support/policy-world.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const TABLE_FILE = join(HERE, 'access-policy.md');
const SUPERGRAPH_FILE = join(REPOSITORY_ROOT, 'schema/supergraph.graphql');

describe('policy: the table covers the committed supergraph', () => {
  it('has a row for every operation of the committed supergraph, and a call for every row', () => {
    const rows = parsePolicyTable(readFileSync(TABLE_FILE, 'utf8'));
    const problems = coverageProblems(loadSupergraph(SUPERGRAPH_FILE), rows, new Set(OPERATION_CALLS.map((call) => call.operation)));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/**
 * The access policy, proven over HTTP: every operation of the supergraph called as every principal
 * on Alpha's objects, each answer compared with the reviewed table (access-policy.md), each
 * refused write read back (the database digest must not move).
 */
describe('policy: who may call each operation', () => {
  let app: RunningApp | undefined;
  let db: pg.Client | undefined;
  let world: PolicyWorld;
  const rows: PolicyRow[] = parsePolicyTable(readFileSync(TABLE_FILE, 'utf8'));

  beforeAll(async () => {
    app = await startSuiteApp({ RETRY_DELAY_DAYS: '0', INVITATION_RESEND_INTERVAL_SECONDS: '0' });
    db = await database(app);
    world = await buildPolicyWorld(app, db);
  });

  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await app?.stop();
  });

  it('sees a write in the database fingerprint (the read-back can fail)', async () => {
    const before = await digestDatabase(db!);
    await post(app!, 'mutation($id: ID!) { updateOrganization(id: $id, input: { region: "Occitanie" }) { id } }', { id: world.alphaId }, world.root.bearer);
    expect(changedTables(before, await digestDatabase(db!))).toContain('organizations.organizations');
  });

  it('fingerprints the partner clients and their secrets too (a refused client write would show)', async () => {
    const before = await digestDatabase(db!);
    const created = await newPartnerClient(app!, world.root.bearer, world.otherNetworkId, 'Client témoin (policy)');
    const afterCreate = await digestDatabase(db!);
    expect(changedTables(before, afterCreate)).toEqual(expect.arrayContaining(['partners.clients', 'partners.client_secrets']));
    await post(app!, 'mutation($id: ID!) { revokePartnerClient(id: $id) { id } }', { id: created.id }, world.root.bearer);
    expect(changedTables(afterCreate, await digestDatabase(db!))).toContain('partners.clients');
  });

  it('has partner principals that are what their columns say: a client of Alpha’s network and one of another', async () => {
    const viewer = async (principal: 'partnerRightNetwork' | 'partnerWrongNetwork') =>
      (await post(app!, '{ partnerViewer { scopes network { id } } }', {}, world.partners[principal].bearer)).data?.partnerViewer as { scopes: string[]; network: { id: string } };
    expect(await viewer('partnerRightNetwork')).toEqual({ scopes: expect.arrayContaining(['ORGANIZATIONS_READ', 'RESULTS_READ', 'RESULTS_IDENTITY']), network: { id: world.networkId } });
    expect((await viewer('partnerWrongNetwork')).network.id).toBe(world.otherNetworkId);
    expect(world.otherNetworkId).not.toBe(world.networkId);
    // What the right network's ALLOW cells read: Alpha, and the participant's shared result.
    const { data } = await post(
      app!,
      'query($id: ID!) { network(id: $id) { organizations(first: 100) { nodes { id } } sharedResults(first: 100) { nodes { id } } } }',
      { id: world.networkId },
      world.partners.partnerRightNetwork.bearer,
    );
    const network = data?.network as { organizations: { nodes: { id: string }[] }; sharedResults: { nodes: { id: string }[] } };
    expect(network.organizations.nodes.map((node) => node.id)).toContain(world.alphaId);
    expect(network.sharedResults.nodes.map((node) => node.id)).toContain(world.sharedParticipationId);
    // A refused export is an HTTP refusal, not a 200 carrying an error.
    const exported = await fetch(`${app!.url}/exports/campaigns/${world.campaign.id}/results.csv`, { headers: { authorization: world.partners.partnerRightNetwork.bearer } });
    expect(exported.status).toBe(403);
  });

  it('answers each operation × principal as the table says; refused writes leave nothing', { timeout: 240_000 }, async () => {
    const started = Date.now();
    const { cells, readBacks, mismatches, timings } = await runPolicy(world, rows, OPERATION_CALLS);
    if (process.env.POLICY_TIMINGS) console.log(timings.join('\n'));

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const root = rootOperations(loadSupergraph(SUPERGRAPH_FILE)).length;
    const routes = OPERATION_CALLS.filter((call) => isRoute(call.operation)).length;
    const failedCells = new Set(mismatches.map((mismatch) => mismatch.cell)).size;
    const lines = [
      `policy: ${OPERATION_CALLS.length} operations (${root} root, ${routes} HTTP route, ${OPERATION_CALLS.length - root - routes} nested fields) × ${PRINCIPALS.length} principals = ${cells} cells checked in ${seconds} s`,
      `policy: ${readBacks} refused writes read back, ${mismatches.length} mismatches`,
      ...mismatches.map((m) => `  MISMATCH ${m.cell}: expected ${m.expected}, got ${m.got}${m.detail ? ` — ${m.detail}` : ''}`),
      `${cells - failedCells} passed, ${failedCells} failed`,
    ];
    console.log(lines.join('\n'));
    expect(mismatches.length, lines.join('\n')).toBe(0);
  });
});
