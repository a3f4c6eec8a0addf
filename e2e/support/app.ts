import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (this file is e2e/support/app.ts). */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CONSOLE_INDEX = join(REPOSITORY_ROOT, 'console/dist/index.html');

const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 15_000;
const OUTPUT_LIMIT = 4 * 1024 * 1024;

export interface StartOptions {
  /** Reuse this data folder (a restart); by default a fresh one is made under the system temp dir. */
  dataDir?: string;
  /** Extra environment for the application. */
  env?: Record<string, string>;
}

export interface StopOptions {
  /** Leave the data folder in place, to start again on it. */
  keepDataDir?: boolean;
}

export interface StopOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether we had to SIGKILL it after the grace period. */
  killed: boolean;
}

export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:43123 (the console at /, GraphQL at /graphql). */
  url: string;
  /** The application's embedded PostgreSQL, for a test to set up what no screen can (e.g. age a date). */
  databaseUrl: string;
  dataDir: string;
  pid: number;
  /** Everything the process wrote so far (stdout and stderr, interleaved). */
  output(): string;
  /** Resolves once the output matches; fails with the output's tail after the timeout. */
  waitForOutput(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM, wait (SIGKILL after 15 s), then remove the data folder unless kept. Idempotent. */
  stop(options?: StopOptions): Promise<StopOutcome>;
}

interface Tracked {
  child: ChildProcess;
  dataDir: string;
}

/** Every application still running in this process, for the exit and signal handlers. */
const running = new Set<Tracked>();
let handlersInstalled = false;

/**
 * Starts the real application exactly as `npm start` does (`node --import tsx src/main.ts` in
 * api/, the api workspace's start script): embedded PostgreSQL in a data folder, migrations, demo seeding of an
 * empty database, the gateway and the built console, on a free port.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  installExitHandlers();
  const dataDir = options.dataDir ?? makeDataDir();
  const [port, postgresPort] = await freePorts(2);
  const url = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = { ...process.env };
  // Whatever the calling shell holds, prove the `npm start` path: embedded PostgreSQL, one
  // process with the three subgraphs, the demo seeded, the console from console/dist.
  for (const name of ['DATABASE_URL', 'SUBGRAPH', 'SUBGRAPH_URLS', 'SEED_DEMO', 'CONSOLE_DIR', 'PUBLIC_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'AUTH_SECRET', 'ENGINE_SECRET', 'NODE_OPTIONS']) {
    delete env[name];
  }
  Object.assign(env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    ...options.env,
  });

  // `npm start` runs `npm run start -w @orga-spe/api`, i.e. `node --import tsx src/main.ts` in api/:
  // tsx reads api/tsconfig.json from there (decorators), which it would not find from the root.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(REPOSITORY_ROOT, 'api'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tracked: Tracked = { child, dataDir };
  running.add(tracked);

  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
  });
  child.once('error', (error) => append(Buffer.from(`\n[e2e] could not spawn the application: ${error.message}\n`)));

  let stopped: Promise<StopOutcome> | undefined;
  const stop = (stopOptions: StopOptions = {}): Promise<StopOutcome> => {
    stopped ??= (async () => {
      const outcome = await terminate(child, exited, dataDir);
      running.delete(tracked);
      if (!stopOptions.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
      return outcome;
    })();
    return stopped;
  };

  const app: RunningApp = {
    url,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${postgresPort}/orga_spe`,
    dataDir,
    pid: child.pid ?? -1,
    output: () => output,
    waitForOutput: (pattern, timeoutMs = 10_000) =>
      new Promise<void>((done, fail) => {
        const matches = () => (typeof pattern === 'string' ? output.includes(pattern) : pattern.test(output));
        if (matches()) return done();
        const check = () => {
          if (!matches()) return;
          cleanup();
          done();
        };
        const timer = setTimeout(() => {
          cleanup();
          fail(new Error(`the application did not print ${String(pattern)} within ${timeoutMs} ms; its last output:\n${tail(output)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
      }),
    stop,
  };

  try {
    await waitUntilReady(url, exited, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return app;
}

/** A fresh data folder, reachable by the `postgres` user (PostgreSQL runs as it when we are root). */
export function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orga-spe-e2e-'));
  chmodSync(dir, 0o755);
  return dir;
}

async function waitUntilReady(
  url: string,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  output: () => string,
): Promise<void> {
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((value) => (exit = value));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exit) {
      throw new Error(`the application exited (code ${exit.code}, signal ${exit.signal}) before /readyz answered 200; its last output:\n${tail(output())}`);
    }
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
      if (response.status === 200) return;
      lastProblem = `/readyz answered ${response.status}: ${await response.text()}`;
    } catch (error) {
      lastProblem = `/readyz: ${(error as Error).message}`;
    }
    await sleep(250);
  }
  throw new Error(`the application was not ready within ${READY_TIMEOUT_MS / 1000} s (${lastProblem}); its last output:\n${tail(output())}`);
}

async function terminate(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  dataDir: string,
): Promise<StopOutcome> {
  let killed = false;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const graceful = await Promise.race([exited, sleep(STOP_GRACE_MS).then(() => undefined)]);
    if (!graceful) {
      killed = true;
      child.kill('SIGKILL');
    }
  }
  const { code, signal } = await exited;
  // Normally the application stops its PostgreSQL; if it was killed, PostgreSQL was orphaned.
  await stopOrphanPostgres(dataDir);
  return { code, signal, killed };
}

async function stopOrphanPostgres(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (!pid) return;
  signal(pid, 'SIGQUIT');
  for (let waited = 0; waited < 5_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) signal(pid, 'SIGKILL');
}

/** The live postmaster of this data folder, if any (the pid file survives a killed server). */
function postmasterPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres')) return undefined;
  } catch {
    // No /proc: trust the pid file.
  }
  return pid;
}

/** Alive and not a zombie (a child we have not reaped yet counts as gone). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/**
 * Last resort when the test process ends without afterAll (a crash, process.exit, a signal):
 * synchronously SIGTERM each application, give it a few seconds to stop its PostgreSQL, then
 * SIGKILL what is left, so that no orphan holds a port or a pipe and hangs CI.
 */
function killAllSync(): void {
  for (const { child, dataDir } of running) {
    const pid = child.pid;
    if (pid && child.exitCode === null && child.signalCode === null) signal(pid, 'SIGTERM');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && ((pid && isAlive(pid)) || postmasterPid(dataDir))) sleepSync(100);
    if (pid && isAlive(pid)) signal(pid, 'SIGKILL');
    const postmaster = postmasterPid(dataDir);
    if (postmaster) signal(postmaster, 'SIGKILL');
    try {
      rmSync(dataDir, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
  }
  running.clear();
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('exit', killAllSync);
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(name, () => {
      killAllSync();
      // Keep the default behaviour (terminate) unless someone else handles the signal.
      if (process.listenerCount(name) === 0) process.kill(process.pid, name);
    });
  }
}

function freePorts(count: number): Promise<number[]> {
  // Hold every socket open until all are chosen, so that the ports differ.
  return new Promise((done, fail) => {
    const servers = Array.from({ length: count }, () => createServer());
    const ports: number[] = [];
    for (const server of servers) {
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        ports.push((server.address() as { port: number }).port);
        if (ports.length === count) {
          let closed = 0;
          for (const each of servers) each.close(() => ++closed === count && done(ports));
        }
      });
    }
  });
}

function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
