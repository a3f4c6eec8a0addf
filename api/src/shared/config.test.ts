import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const created: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'orga-spe-config-'));
  created.push(dir);
  return dir;
};
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('configuration', () => {
  it('runs locally with no variable at all: port 4000, embedded database, generated secrets kept for the next start', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    expect(first.port).toBe(4000);
    expect(first.databaseUrl).toBeUndefined();
    expect(first.authSecret).toHaveLength(43);
    expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(first.authSecret);
    expect(first.engineSecret).not.toBe(first.authSecret);
  });

  it('hides introspection and x-sql-statements in production unless asked, and shows them elsewhere', () => {
    const secrets = { AUTH_SECRET: 'a'.repeat(32), ENGINE_SECRET: 'e'.repeat(32), DATA_DIR: dataDir() };
    const production = loadConfig({ ...secrets, NODE_ENV: 'production' });
    expect([production.graphqlIntrospection, production.sqlStatementsHeader]).toEqual([false, false]);
    const bench = loadConfig({ ...secrets, NODE_ENV: 'production', SQL_STATEMENTS_HEADER: 'true', GRAPHQL_INTROSPECTION: 'true' });
    expect([bench.graphqlIntrospection, bench.sqlStatementsHeader]).toEqual([true, true]);
    const local = loadConfig({ DATA_DIR: dataDir() });
    expect([local.graphqlIntrospection, local.sqlStatementsHeader]).toEqual([true, true]);
  });

  it('reads the outbox back-off and the database acquire timeout, with defaults', () => {
    const defaults = loadConfig({ DATA_DIR: dataDir() });
    expect(defaults.mailRetry).toEqual({ baseSeconds: 30, maxSeconds: 3600, maxAttempts: 10 });
    expect(defaults.databaseAcquireTimeoutSeconds).toBe(5);
    expect(defaults.mailWorker).toEqual({ pollSeconds: 5, connections: 2, leaseSeconds: 300 });
    const given = loadConfig({ DATA_DIR: dataDir(), MAIL_RETRY_BASE_SECONDS: '5', MAIL_RETRY_MAX_SECONDS: '600', MAIL_MAX_ATTEMPTS: '3', DATABASE_ACQUIRE_TIMEOUT_SECONDS: '2' });
    expect(given.mailRetry).toEqual({ baseSeconds: 5, maxSeconds: 600, maxAttempts: 3 });
    expect(given.databaseAcquireTimeoutSeconds).toBe(2);
    expect(() => loadConfig({ DATA_DIR: dataDir(), MAIL_MAX_ATTEMPTS: 'ten' })).toThrow('MAIL_MAX_ATTEMPTS');
  });

  it('refuses to start in production without its secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow('AUTH_SECRET is required');
  });

  it('refuses secrets too short to be safe', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'short', DATA_DIR: dataDir() })).toThrow('at least 32 characters');
  });

  it('reads the subgraph a process serves and the URLs a remote gateway reaches', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      SUBGRAPH: 'campaigns',
      SUBGRAPH_URLS: 'organizations=http://a:4001/graphql, campaigns=http://b:4002/graphql,certification=http://c:4003/graphql,partners=http://d:4004/graphql',
    });
    expect(config.subgraph).toBe('campaigns');
    expect(config.subgraphUrls).toEqual({
      organizations: 'http://a:4001/graphql',
      campaigns: 'http://b:4002/graphql',
      certification: 'http://c:4003/graphql',
      partners: 'http://d:4004/graphql',
    });
  });

  it('names what is wrong in a bad SUBGRAPH or SUBGRAPH_URLS', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), SUBGRAPH: 'billing' })).toThrow('SUBGRAPH must be one of organizations, campaigns, certification, partners');
    expect(() => loadConfig({ DATA_DIR: dataDir(), SUBGRAPH_URLS: 'organizations=http://a/graphql' })).toThrow('SUBGRAPH_URLS lacks campaigns, certification, partners');
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow('PORT must be a non-negative integer');
  });

  it('bootstraps a super admin only when both ADMIN_EMAIL and ADMIN_PASSWORD are given', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ADMIN_EMAIL: 'root@example.fr' }).bootstrapAdmin).toBeUndefined();
    expect(loadConfig({ DATA_DIR: dataDir(), ADMIN_EMAIL: 'root@example.fr', ADMIN_PASSWORD: 'Secret-42-root' }).bootstrapAdmin).toEqual({
      email: 'root@example.fr',
      password: 'Secret-42-root',
    });
  });

  it('waits 300 s before a second invitation e-mail to one address unless INVITATION_RESEND_INTERVAL_SECONDS says otherwise', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).invitationResendIntervalSeconds).toBe(300);
    expect(loadConfig({ DATA_DIR: dataDir(), INVITATION_RESEND_INTERVAL_SECONDS: '0' }).invitationResendIntervalSeconds).toBe(0);
    expect(() => loadConfig({ DATA_DIR: dataDir(), INVITATION_RESEND_INTERVAL_SECONDS: 'soon' })).toThrow(/INVITATION_RESEND_INTERVAL_SECONDS/);
  });

  it('runs Hive Gateway unless GATEWAY=apollo, and refuses another engine name', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).gateway).toBe('hive');
    expect(loadConfig({ DATA_DIR: dataDir(), GATEWAY: 'apollo' }).gateway).toBe('apollo');
    expect(() => loadConfig({ DATA_DIR: dataDir(), GATEWAY: 'router' })).toThrow(/GATEWAY/);
  });
});
