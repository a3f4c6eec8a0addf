/**
 * Entry of every server the bench forks: ours (gateway or one subgraph), PostGraphile, or the
 * floor. Each runs alone in its process so that its memory is its own; it samples its RSS, counts
 * the HTTP requests it receives and the SQL statements it sends, and reports them over IPC.
 *
 *   SERVER_KIND=ours|postgraphile|floor DATABASE_URL=... node --import tsx src/child/serve.ts
 */
import 'reflect-metadata';
import { Server } from 'node:http';
import pg from 'pg';
import type { ChildStats, FromChild, ServerKind, ToChild } from './protocol.js';

const SAMPLE_EVERY_MS = 20;

const stats = { requests: 0, statements: 0, peakRss: process.memoryUsage.rss() };

// Every PostgreSQL client in this process (MikroORM's, PostGraphile's, the floor's) is a pg.Client:
// counting here counts the same way for all three. Ours also answers x-sql-statements per request.
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  stats.statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

// Requests are counted where every Node HTTP server (Express's included) hears them.
const emit = Server.prototype.emit;
Server.prototype.emit = function countedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
  if (event === 'request') stats.requests += 1;
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof emit;

const send = (message: FromChild) => process.send?.(message);

async function start(kind: ServerKind, databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  if (kind === 'ours') {
    const { startOurs } = await import('./ours.js');
    return startOurs(databaseUrl);
  }
  if (kind === 'postgraphile') {
    const { startPostGraphile } = await import('./postgraphile.js');
    return startPostGraphile(databaseUrl);
  }
  const { startFloor } = await import('./floor.js');
  return startFloor(databaseUrl);
}

try {
  const kind = process.env.SERVER_KIND as ServerKind;
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const running = await start(kind, databaseUrl);
  setInterval(() => (stats.peakRss = Math.max(stats.peakRss, process.memoryUsage.rss())), SAMPLE_EVERY_MS).unref();
  process.on('message', (message: ToChild) => {
    if (message.type === 'reset') Object.assign(stats, { requests: 0, statements: 0, peakRss: process.memoryUsage.rss() });
    if (message.type === 'report') {
      const report: ChildStats = { rss: process.memoryUsage.rss(), ...stats };
      send({ type: 'report', ...report });
    }
  });
  // The parent going away (normally or not) ends this server: no orphan keeps a port or a pipe.
  process.on('disconnect', () => {
    const forceExit = setTimeout(() => process.exit(0), 5_000);
    void running.close().finally(() => {
      clearTimeout(forceExit);
      process.exit(0);
    });
  });
  send({ type: 'ready', url: running.url });
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
