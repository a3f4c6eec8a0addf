import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type SubgraphName = 'organizations' | 'campaigns' | 'certification' | 'partners';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['organizations', 'campaigns', 'certification', 'partners'];

export interface Config {
  /**
   * `NODE_ENV`: `production` (secrets required, introspection, x-sql-statements and stack traces off,
   * HSTS on), `test` (the test suites), anything else, unset included, `development` (local defaults:
   * generated secrets, introspection on). See `stackTraces` for the one thing unset does not turn on.
   */
  env: 'development' | 'test' | 'production';
  /**
   * Stack traces (server file paths) in GraphQL error responses: only with an explicit
   * `NODE_ENV=development`. `npm start` without NODE_ENV is what people deploy from the README.
   */
  stackTraces: boolean;
  port: number;
  publicUrl: string;
  /** Folder for local state (embedded PostgreSQL data, generated dev secrets). Git-ignored. */
  dataDir: string;
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  /** How long a request waits for a database connection before answering SERVICE_UNAVAILABLE. */
  databaseAcquireTimeoutSeconds: number;
  authSecret: string;
  engineSecret: string;
  accessTokenTtlSeconds: number;
  sessionTtlSeconds: number;
  /** How long a stored `Idempotency-Key` outcome is replayed before it may be purged. */
  idempotencyKeyTtlHours: number;
  loginThrottle: { perAccount: number; perAddress: number; windowSeconds: number };
  /** Partner clients' bearer tokens (POST /oauth/token): their lifetime and the throttle on failed requests. */
  partnerTokenTtlSeconds: number;
  partnerTokenThrottle: { perClient: number; perAddress: number; windowSeconds: number };
  /** Partner clients' cost limits: points per client and window, and the most one operation may cost. */
  partnerBudget: { pointsPerWindow: number; windowSeconds: number; maxCostPerQuery: number };
  /** The webhook worker (partners): on where there is a database; private targets only outside production. */
  webhooks: {
    worker: boolean;
    pollSeconds: number;
    concurrency: number;
    timeoutSeconds: number;
    leaseSeconds: number;
    retryScheduleSeconds: number[];
    disableAfterHours: number;
    allowPrivateTargets: boolean;
  };
  bootstrapAdmin: { email: string; password: string } | undefined;
  /** When set, this process serves only that subgraph (remote federation mode). */
  subgraph: SubgraphName | undefined;
  /** When set, the gateway reaches these subgraphs over HTTP instead of in-process. */
  subgraphUrls: Partial<Record<SubgraphName, string>> | undefined;
  /** `GATEWAY`: which engine plans and runs the federated operations, `hive` (Hive Gateway's router runtime, default) or `apollo` (@apollo/gateway). */
  gateway: 'apollo' | 'hive';
  /** SMTP server for the outbox worker (`smtp://user:pass@host:587`); unset: mails stay in the outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Outbox retries: first wait, longest wait, attempts before FAILED. */
  mailRetry: { baseSeconds: number; maxSeconds: number; maxAttempts: number };
  /** Outbox worker: seconds between rounds, SMTP connections kept open, lease of a mail being sent. */
  mailWorker: { pollSeconds: number; connections: number; leaseSeconds: number };
  /** Connections kept for streamed exports, apart from the request pool; more exports wait. */
  exportConnections: number;
  /** How long an export waits for one of those connections before answering SERVICE_BUSY. */
  exportWaitSeconds: number;
  /** Re-inviting one address to one organisation within this many seconds sends no new e-mail. */
  invitationResendIntervalSeconds: number;
  /** A password reset link works this many minutes; one reset e-mail per address per `intervalSeconds`. */
  passwordReset: { ttlMinutes: number; intervalSeconds: number };
  seedDemo: boolean;
  /** Introspection, the landing page and "Did you mean" suggestions: off in production unless asked (a sandbox). */
  graphqlIntrospection: boolean;
  /** The `x-sql-statements` response header: off in production unless asked (the bench measures a production build). */
  sqlStatementsHeader: boolean;
  consoleDir: string;
  logLevel: string;
}

export const DEFAULT_INVITATION_RESEND_INTERVAL_SECONDS = 300;

export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dataDir = resolve(env.DATA_DIR ?? join(REPOSITORY_ROOT, '.data'));
  const port = integer(env, 'PORT', 4000);
  const config: Config = {
    env: mode,
    stackTraces: env.NODE_ENV === 'development',
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    embeddedPostgresPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329),
    databaseAcquireTimeoutSeconds: Math.max(1, integer(env, 'DATABASE_ACQUIRE_TIMEOUT_SECONDS', 5)),
    authSecret: secret(env, 'AUTH_SECRET', mode, dataDir),
    engineSecret: secret(env, 'ENGINE_SECRET', mode, dataDir),
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    sessionTtlSeconds: integer(env, 'SESSION_TTL_SECONDS', 30 * 24 * 3600),
    idempotencyKeyTtlHours: atLeast(24, integer(env, 'IDEMPOTENCY_KEY_TTL_HOURS', 24), 'IDEMPOTENCY_KEY_TTL_HOURS'),
    loginThrottle: {
      perAccount: integer(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 10),
      perAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50),
      windowSeconds: integer(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 15 * 60),
    },
    partnerTokenTtlSeconds: integer(env, 'PARTNER_TOKEN_TTL_SECONDS', 3600),
    partnerTokenThrottle: {
      perClient: integer(env, 'PARTNER_TOKEN_MAX_FAILURES_PER_CLIENT', 10),
      perAddress: integer(env, 'PARTNER_TOKEN_MAX_FAILURES_PER_ADDRESS', 50),
      windowSeconds: integer(env, 'PARTNER_TOKEN_THROTTLE_WINDOW_SECONDS', 15 * 60),
    },
    partnerBudget: {
      pointsPerWindow: integer(env, 'PARTNER_POINTS_PER_HOUR', 50_000),
      windowSeconds: 3600,
      maxCostPerQuery: integer(env, 'PARTNER_MAX_COST_PER_QUERY', 2_000),
    },
    webhooks: {
      worker: env.WEBHOOK_WORKER ? env.WEBHOOK_WORKER === 'true' : true,
      pollSeconds: Math.max(1, integer(env, 'WEBHOOK_POLL_SECONDS', 2)),
      concurrency: Math.max(1, integer(env, 'WEBHOOK_CONCURRENCY', 4)),
      timeoutSeconds: Math.max(1, integer(env, 'WEBHOOK_TIMEOUT_SECONDS', 15)),
      leaseSeconds: Math.max(1, integer(env, 'WEBHOOK_LEASE_SECONDS', 60)),
      retryScheduleSeconds: schedule(env.WEBHOOK_RETRY_SCHEDULE_SECONDS),
      disableAfterHours: Math.max(1, integer(env, 'WEBHOOK_DISABLE_AFTER_HOURS', 120)),
      allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS ? env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true' : mode !== 'production',
    },
    bootstrapAdmin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    subgraph: parseSubgraph(env.SUBGRAPH),
    subgraphUrls: parseSubgraphUrls(env.SUBGRAPH_URLS),
    gateway: parseGateway(env.GATEWAY),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Orga SPE <no-reply@orga-spe.fr>',
    mailRetry: {
      baseSeconds: Math.max(1, integer(env, 'MAIL_RETRY_BASE_SECONDS', 30)),
      maxSeconds: Math.max(1, integer(env, 'MAIL_RETRY_MAX_SECONDS', 3600)),
      maxAttempts: Math.max(1, integer(env, 'MAIL_MAX_ATTEMPTS', 10)),
    },
    mailWorker: {
      pollSeconds: Math.max(1, integer(env, 'MAIL_POLL_SECONDS', 5)),
      connections: Math.max(1, integer(env, 'MAIL_SMTP_CONNECTIONS', 2)),
      leaseSeconds: Math.max(1, integer(env, 'MAIL_LEASE_SECONDS', 300)),
    },
    exportConnections: Math.max(1, integer(env, 'EXPORT_CONNECTIONS', 3)),
    exportWaitSeconds: integer(env, 'EXPORT_WAIT_SECONDS', 30),
    invitationResendIntervalSeconds: integer(env, 'INVITATION_RESEND_INTERVAL_SECONDS', DEFAULT_INVITATION_RESEND_INTERVAL_SECONDS),
    passwordReset: {
      ttlMinutes: Math.max(1, integer(env, 'PASSWORD_RESET_TTL_MINUTES', 60)),
      intervalSeconds: integer(env, 'PASSWORD_RESET_INTERVAL_SECONDS', 300),
    },
    seedDemo: env.SEED_DEMO !== 'false',
    graphqlIntrospection: env.GRAPHQL_INTROSPECTION ? env.GRAPHQL_INTROSPECTION === 'true' : mode !== 'production',
    sqlStatementsHeader: env.SQL_STATEMENTS_HEADER ? env.SQL_STATEMENTS_HEADER === 'true' : mode !== 'production',
    consoleDir: resolve(env.CONSOLE_DIR ?? join(REPOSITORY_ROOT, 'console/dist')),
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
  };
  return { ...config, ...overrides };
}

/** Standard Webhooks' waits after each failed attempt, unless WEBHOOK_RETRY_SCHEDULE_SECONDS lists others (comma-separated seconds). */
function schedule(raw: string | undefined): number[] {
  if (!raw) return [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];
  const waits = raw.split(',').map((part) => Number(part.trim()));
  if (!waits.length || waits.some((wait) => !Number.isInteger(wait) || wait < 0)) throw new Error(`WEBHOOK_RETRY_SCHEDULE_SECONDS must list non-negative integers, got "${raw}"`);
  return waits;
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function atLeast(minimum: number, value: number, name: string): number {
  if (value < minimum) throw new Error(`${name} must be at least ${minimum}, got "${value}"`);
  return value;
}

/**
 * Production must be given its secrets. Locally we generate them once and keep them in the data
 * folder, so that tokens survive a restart and several local processes (remote subgraph mode)
 * agree on them without anyone having to invent a secret.
 */
function secret(env: Env, name: string, mode: Config['env'], dataDir: string): string {
  const given = env[name];
  if (given) {
    if (given.length < 32) throw new Error(`${name} must be at least 32 characters long`);
    return given;
  }
  if (mode === 'production') throw new Error(`${name} is required when NODE_ENV=production`);
  const file = join(dataDir, 'secrets', name.toLowerCase());
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const value = randomBytes(32).toString('base64url');
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

function parseSubgraph(raw: string | undefined): SubgraphName | undefined {
  if (!raw) return undefined;
  if (!SUBGRAPH_NAMES.includes(raw as SubgraphName)) {
    throw new Error(`SUBGRAPH must be one of ${SUBGRAPH_NAMES.join(', ')}, got "${raw}"`);
  }
  return raw as SubgraphName;
}

/** `organizations=http://host:4001/graphql,campaigns=http://host:4002/graphql,...` */
function parseGateway(raw: string | undefined): Config['gateway'] {
  if (!raw || raw === 'hive') return 'hive';
  if (raw === 'apollo') return 'apollo';
  throw new Error(`GATEWAY must be "apollo" or "hive", got "${raw}"`);
}

function parseSubgraphUrls(raw: string | undefined): Config['subgraphUrls'] {
  if (!raw) return undefined;
  const urls: Partial<Record<SubgraphName, string>> = {};
  for (const pair of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [name, url] = pair.split('=');
    const subgraph = parseSubgraph(name?.trim());
    if (!subgraph || !url) throw new Error(`SUBGRAPH_URLS entries look like name=url, got "${pair}"`);
    urls[subgraph] = new URL(url.trim()).toString();
  }
  const missing = SUBGRAPH_NAMES.filter((name) => !urls[name]);
  if (missing.length) throw new Error(`SUBGRAPH_URLS lacks ${missing.join(', ')}`);
  return urls;
}
