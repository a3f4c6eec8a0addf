import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.js';
import { formatReport, runLoad, type LoadReport } from './support/load-run.js';

/**
 * The short load (the long one is `npm run load`): 10 clients for 10 s mixing reads and writes
 * against the real application; passes only with 0 errors (no timing assertion).
 */
const ENGINE_SECRET = 'load-suite-engine-secret-0123456789abcdefghijk';
const CLIENTS = 10;
const SECONDS = 10;

describe('load (short): 10 clients for 10 s, reads and writes mixed', () => {
  let app: RunningApp;
  let report: LoadReport | undefined;

  beforeAll(async () => {
    // NODE_ENV=test: x-sql-statements is sent outside production, so the SQL per request shows.
    app = await startApp({ env: { NODE_ENV: 'test', ENGINE_SECRET, LOG_LEVEL: 'warn' } });
  });

  afterAll(async () => {
    if (report) console.log(formatReport(report));
    console.log(`[load] ${report && !report.errors ? 1 : 0} passed, ${report && !report.errors ? 0 : 1} failed`);
    await app?.stop();
  });

  it('answers every request of the mix without an error', { timeout: 120_000 }, async () => {
    report = await runLoad({ url: app.url, clients: CLIENTS, seconds: SECONDS, engineAuthorization: `Service ${ENGINE_SECRET}` });
    const kinds = report.kinds.map((kind) => kind.kind);
    // Every kind of the mix ran, writes included: a load that only read would prove little.
    for (const kind of ['me', 'campaignsList', 'participants', 'collectiveResults', 'campaignToJoin', 'createCampaign', 'startParticipation', 'recordKnowledgeElements', 'shareParticipationResults']) {
      expect(kinds, `${kind} never ran`).toContain(kind);
    }
    expect(report.errors, formatReport(report)).toBe(0);
  });
});
