import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/shared/database/database-unavailable.js';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type Orm } from '../../src/shared/database/orm.js';
import { entities } from '../../src/entities.js';
import { toGraphQLError } from '../../src/shared/errors/error-mapper.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/shared/config.js';
import { createLogger } from '../../src/shared/logger.js';
import { TEST_AUTH_SECRET, TEST_ENGINE_SECRET } from '../support/server.js';

describe('what counts as "the database is unavailable"', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('is a refused or cut connection, a shutdown, a server not ready, a connection exception or no connection in time', () => {
    for (const error of [
      withCode('ECONNREFUSED'),
      withCode('ECONNRESET'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      withCode('08001'),
      new Error('Connection terminated unexpectedly'),
      // The faults suite met it: a transaction's next statement after PostgreSQL was SIGKILLed.
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
      new Error('Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?'),
      new Error('outer', { cause: withCode('ECONNREFUSED') }),
      Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''), {}),
    ]) {
      expect(isDatabaseUnavailable(error), String((error as Error).message)).toBe(true);
    }
  });

  it('is not a wrong statement, a constraint or a bad value', () => {
    for (const error of [withCode('23505'), withCode('22P02'), withCode('42703'), withCode('22001'), new Error('boom'), null, 'ECONNREFUSED']) {
      expect(isDatabaseUnavailable(error)).toBe(false);
    }
  });
});

describe('a database that accepts connections but never answers', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let orm: Orm;

  beforeAll(async () => {
    silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    // Not connected at start (that would already wait): the first statement asks for a connection.
    const config = ormConfig({ clientUrl: `postgres://postgres:postgres@127.0.0.1:${port}/nowhere`, entities, acquireTimeoutMs: 500 });
    orm = await MikroORM.init({ ...config, connect: false, ensureDatabase: false });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await orm?.close(true).catch(() => undefined);
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails a statement once the acquire timeout is over, as SERVICE_UNAVAILABLE with HTTP 503', async () => {
    const failure = await orm.em.getConnection().execute('select 1').then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(isDatabaseUnavailable(failure)).toBe(true);
    const mapped = toGraphQLError(failure);
    expect(mapped.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5, http: { status: 503 } });
  });
});

describe('/readyz over a database that never answers', () => {
  let silent: Server;
  const sockets = new Set<Socket>();
  let orm: Orm;

  beforeAll(async () => {
    silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    // A connection wait far longer than this test may run: only the probe's own timeout answers.
    const config = ormConfig({ clientUrl: `postgres://postgres:postgres@127.0.0.1:${port}/nowhere`, entities, acquireTimeoutMs: 120_000 });
    orm = await MikroORM.init({ ...config, connect: false, ensureDatabase: false });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await orm?.close(true).catch(() => undefined);
    await new Promise((resolve) => silent.close(resolve));
  });

  it('answers 503 "database unreachable" with retryAfterSeconds without waiting for the pool', { timeout: 20_000 }, async () => {
    const config = loadConfig({ NODE_ENV: 'test', AUTH_SECRET: TEST_AUTH_SECRET, ENGINE_SECRET: TEST_ENGINE_SECRET }, { port: 0, consoleDir: '/nonexistent' });
    const app = await createApp(config, createLogger('silent'), orm);
    const server = app.express.listen(0);
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({ status: 'database unreachable', retryAfterSeconds: 5 });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    }
  });
});
