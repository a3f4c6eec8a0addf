import { startApp, type RunningApp } from '../support/app.js';
import { formatReport, runLoad } from '../suites/support/load-run.js';

/**
 * `npm run load`: LOAD_CLIENTS concurrent clients (default 50) for LOAD_SECONDS (default 30)
 * against a fresh application (embedded PostgreSQL, the demo seeded, NODE_ENV=test so that
 * `x-sql-statements` is sent), or against LOAD_URL (a running demo, with LOAD_ENGINE_SECRET).
 * Prints requests, errors, p50/p95/p99 and SQL statements per request, per operation kind;
 * exits 1 when any request failed.
 */
const clients = positive('LOAD_CLIENTS', 50);
const seconds = positive('LOAD_SECONDS', 30);
const ENGINE_SECRET = process.env.LOAD_ENGINE_SECRET ?? 'load-engine-secret-0123456789abcdefghijklmnop';

let app: RunningApp | undefined;
const url = process.env.LOAD_URL ?? (app = await startApp({ env: { NODE_ENV: 'test', ENGINE_SECRET, LOG_LEVEL: 'warn' } })).url;
console.log(`[load] ${clients} clients for ${seconds} s against ${url}`);
try {
  const report = await runLoad({ url, clients, seconds, engineAuthorization: `Service ${ENGINE_SECRET}`, progress: (line) => console.log(`[load] ${line}`) });
  console.log(formatReport(report));
  console.log(`[load] ${report.errors ? 0 : 1} passed, ${report.errors ? 1 : 0} failed`);
  process.exitCode = report.errors ? 1 : 0;
} finally {
  await app?.stop();
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}
