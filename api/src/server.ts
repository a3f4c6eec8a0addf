import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Config } from './shared/config.js';
import type { Logger } from './shared/logger.js';
import { startEmbeddedPostgres, type RunningPostgres } from './shared/database/embedded-postgres.js';
import { initORM, migrate, type Orm } from './shared/database/orm.js';
import { entities } from './entities.js';
import { MailWorker } from './shared/mail/mail-worker.js';
import { createWebhookWorker, type WebhookWorker } from './partners/api/index.js';
import { createApp, type App } from './app.js';
import { bootstrapSuperAdminAccount } from './organizations/api/index.js';

export interface RunningServer {
  url: string;
  config: Config;
  orm: Orm | undefined;
  app: App;
  close(): Promise<void>;
}

/**
 * Opens the database (embedded PostgreSQL unless DATABASE_URL), applies migrations, bootstraps
 * the first super admin if asked, then serves HTTP. `beforeListen` lets the caller seed data.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  options: { beforeListen?: (orm: Orm) => Promise<void> } = {},
): Promise<RunningServer> {
  const needsDatabase = !(config.subgraphUrls && !config.subgraph);
  let postgres: RunningPostgres | undefined;
  let orm: Orm | undefined;
  let server: Server | undefined;
  let app: App | undefined;
  let mailWorker: MailWorker | undefined;
  let webhookWorker: WebhookWorker | undefined;

  const close = async () => {
    await mailWorker?.stop();
    await webhookWorker?.stop();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await app?.stop();
    await orm?.close(true);
    await postgres?.stop();
  };

  try {
    if (needsDatabase) {
      let databaseUrl = config.databaseUrl;
      if (!databaseUrl) {
        postgres = await startEmbeddedPostgres({
          dataDir: join(config.dataDir, 'postgres'),
          port: config.embeddedPostgresPort,
          database: 'orga_spe',
          logger,
        });
        databaseUrl = postgres.url;
        logger.info({ port: config.embeddedPostgresPort }, 'embedded PostgreSQL started');
      }
      orm = await initORM({ clientUrl: databaseUrl, entities, logger, acquireTimeoutMs: config.databaseAcquireTimeoutSeconds * 1000 });
      const applied = await migrate(orm);
      if (applied.length) logger.info({ applied }, 'migrations applied');
      if (config.bootstrapAdmin) {
        const outcome = await bootstrapSuperAdminAccount({ em: orm.em.fork() }, config.bootstrapAdmin);
        // No e-mail in the log: personal data (the operator knows which address they configured).
        logger.info({ outcome }, 'super admin bootstrap');
      }
      await options.beforeListen?.(orm);
      if (config.smtpUrl) {
        mailWorker = new MailWorker(orm, logger, {
          smtpUrl: config.smtpUrl,
          from: config.mailFrom,
          maxAttempts: config.mailRetry.maxAttempts,
          pollIntervalMs: config.mailWorker.pollSeconds * 1000,
          connections: config.mailWorker.connections,
          leaseMs: config.mailWorker.leaseSeconds * 1000,
          backoff: { baseSeconds: config.mailRetry.baseSeconds, maxSeconds: config.mailRetry.maxSeconds },
        });
        mailWorker.start();
      } else {
        logger.info('SMTP_URL not set: e-mails stay in the outbox, readable by support');
      }
      if (config.webhooks.worker) {
        webhookWorker = createWebhookWorker(orm, logger, config);
        webhookWorker.start();
      }
    }

    app = await createApp(config, logger, orm);
    server = await new Promise<Server>((resolve, reject) => {
      const listening = app!.express.listen(config.port, () => resolve(listening));
      listening.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    return { url: `http://localhost:${port}`, config, orm, app, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}
