import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildStats, FromChild, ServerKind, ToChild } from './child/protocol.js';

const BENCH_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// The api's decorators need its tsconfig (the seeds' CLIs do the same).
const API_TSCONFIG = join(BENCH_ROOT, '../api/tsconfig.json');
const START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;

export interface BenchServer {
  url: string;
  /** Zeroes the peak RSS and the request and statement counters. */
  reset(): Promise<void>;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

/** Every server still running, stopped on any exit of the bench so that none is left behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Forks one server (ours, PostGraphile or the floor) as a child process with tsx, as
 * api/scripts/measure-results-export.ts does: its memory is its own, and it talks over IPC.
 */
export function startServer(kind: ServerKind, env: Record<string, string>): Promise<BenchServer> {
  return forkServer('src/child/serve.ts', kind, { GRAPHILE_ENV: 'production', ...env, SERVER_KIND: kind });
}

/**
 * Forks `script` (relative to bench/) and waits for its `ready`. Only children of serve.ts answer
 * `reset` and `report`; the others (child/ceiling.ts) only say where they listen.
 */
export async function forkServer(script: string, kind: string, env: Record<string, string>): Promise<BenchServer> {
  const child = fork(join(BENCH_ROOT, script), [], {
    cwd: BENCH_ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: API_TSCONFIG, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const waiters: ((message: FromChild) => void)[] = [];
  child.on('message', (message: FromChild) => waiters.shift()?.(message));
  const next = () =>
    new Promise<FromChild>((resolve, reject) => {
      waiters.push(resolve);
      void exited.then(() => reject(new Error(`the ${kind} server exited`)));
    });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const timeout = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS);
  const first = await next().finally(() => clearTimeout(timeout));
  if (first.type !== 'ready') {
    await stop();
    throw new Error(`the ${kind} server did not start: ${first.type === 'failed' ? first.error : first.type}`);
  }
  const ask = async (message: ToChild) => {
    const answer = next();
    child.send(message);
    return answer;
  };
  return {
    url: first.url,
    reset: async () => {
      child.send({ type: 'reset' } satisfies ToChild);
    },
    stats: async () => {
      const { type: _type, ...stats } = (await ask({ type: 'report' })) as Extract<FromChild, { type: 'report' }>;
      return stats;
    },
    stop,
  };
}
