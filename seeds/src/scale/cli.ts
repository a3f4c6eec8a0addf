import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger, loadConfig, startEmbeddedPostgres } from '@orga-spe/api';
import { generateScaleDataset } from './generate.js';

/**
 * `npm run seed:scale -- --organizations 1000 --campaigns 20000 --participations 1000000 [--seed 42] …`
 * Into DATABASE_URL, or the embedded PostgreSQL of `npm start` (DATA_DIR, EMBEDDED_POSTGRES_PORT).
 * Progress on stderr, the manifest on stdout and in <DATA_DIR>/scale-manifest.json (or --manifest).
 */
const { values } = parseArgs({
  options: {
    organizations: { type: 'string' },
    campaigns: { type: 'string' },
    participations: { type: 'string' },
    seed: { type: 'string' },
    'big-campaign': { type: 'string' },
    'big-organization-campaigns': { type: 'string' },
    'fresh-participants': { type: 'string' },
    'as-of': { type: 'string' },
    manifest: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const number = (name: keyof typeof values): number | undefined => {
  const raw = values[name];
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value)) fail(`--${name} must be an integer, got "${raw}"`);
  return value;
};

function fail(message: string): never {
  process.stderr.write(`seed:scale: ${message}\n`);
  process.exit(2);
}

if (values.organizations === undefined || values.campaigns === undefined || values.participations === undefined) {
  fail('usage: npm run seed:scale -- --organizations N --campaigns N --participations N [--seed N] [--big-campaign N] [--big-organization-campaigns N] [--fresh-participants N] [--as-of ISO] [--manifest PATH] [--force]');
}

const config = loadConfig();
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
let postgres: { url: string; stop(): Promise<void> } | undefined;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  postgres = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPostgresPort, database: 'orga_spe', logger });
  databaseUrl = postgres.url;
  process.stderr.write(`[seed:scale] embedded PostgreSQL in ${join(config.dataDir, 'postgres')} on port ${config.embeddedPostgresPort}\n`);
}

let exitCode = 0;
try {
  const manifest = await generateScaleDataset(databaseUrl, {
    organizations: number('organizations')!,
    campaigns: number('campaigns')!,
    participations: number('participations')!,
    seed: number('seed'),
    bigCampaignParticipations: number('big-campaign'),
    bigOrganizationCampaigns: number('big-organization-campaigns'),
    freshParticipants: number('fresh-participants'),
    asOf: values['as-of'],
    force: values.force,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const path = resolve(values.manifest ?? join(config.dataDir, 'scale-manifest.json'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  process.stderr.write(`[seed:scale] manifest written to ${path}\n`);
  process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
} catch (error) {
  process.stderr.write(`seed:scale: ${error instanceof Error ? error.message : String(error)}\n`);
  exitCode = 1;
} finally {
  await postgres?.stop();
}
process.exit(exitCode);
