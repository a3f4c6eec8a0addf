import type { Config } from '../../shared/config.js';
import type { Orm } from '../../shared/database/orm.js';
import type { Logger } from '../../shared/logger.js';
import { WebhookWorker } from '../infrastructure/webhook-worker.js';
import { pseudonymousId } from './pseudonyms.js';

/** The webhook worker the server runs beside the mail worker (WEBHOOK_WORKER=false to run it elsewhere). */
export function createWebhookWorker(orm: Orm, logger: Logger, config: Pick<Config, 'authSecret' | 'webhooks'>): WebhookWorker {
  const settings = config.webhooks;
  return new WebhookWorker(orm, logger, {
    pollIntervalMs: settings.pollSeconds * 1000,
    concurrency: settings.concurrency,
    timeoutMs: settings.timeoutSeconds * 1000,
    leaseMs: settings.leaseSeconds * 1000,
    retryScheduleSeconds: settings.retryScheduleSeconds,
    disableAfterMs: settings.disableAfterHours * 3600 * 1000,
    allowPrivateTargets: settings.allowPrivateTargets,
    pseudonym: (partnerClientId, userId) => pseudonymousId(config.authSecret, partnerClientId, userId),
  });
}

export type { WebhookWorker };
