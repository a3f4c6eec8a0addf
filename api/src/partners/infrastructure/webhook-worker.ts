import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PartnerScope } from '../../shared/auth/partner-scopes.js';
import type { Orm } from '../../shared/database/orm.js';
import type { Logger } from '../../shared/logger.js';
import { enqueueMail } from '../../shared/mail/outbox.js';
import { payloadFor, type StoredEvent } from '../domain/event-payload.js';
import { EVENT_RETENTION_DAYS, nextAttemptDelayMs } from '../domain/models/webhook.js';
import { sendWebhook, type SendOutcome } from './webhook-sender.js';

export interface WebhookWorkerOptions {
  pollIntervalMs: number;
  /** Deliveries in flight at once. */
  concurrency: number;
  timeoutMs: number;
  /** How long a claimed delivery belongs to this worker: past it (the process died), another round sends it again, same `webhook-id`. */
  leaseMs: number;
  /** Waits after each failed attempt (Standard Webhooks' by default); past the last, the delivery is FAILED. */
  retryScheduleSeconds: readonly number[];
  /** An endpoint failing this long without one success is disabled and the client's contact e-mailed. */
  disableAfterMs: number;
  allowPrivateTargets: boolean;
  pseudonym: (partnerClientId: string, userId: string) => string;
  now?: () => Date;
}

interface ClaimedDelivery {
  id: string;
  event_id: string;
  endpoint_id: string;
  attempts: number;
  type: string;
  occurred_at: string;
  organization_id: string;
  data: Record<string, unknown>;
  person: StoredEvent['person'];
  url: string;
  secret: string;
  partner_client_id: string;
  scopes: PartnerScope[];
  client_usable: boolean;
  contact_email: string | null;
  client_name: string;
}

const CLAIM_SQL = `
with claimed as (
  update partners.deliveries d set status = 'SENDING', claimed_by = ?, attempts = d.attempts + 1, next_attempt_at = ?
   where d.id = (
     select d2.id from partners.deliveries d2 join partners.webhook_endpoints w on w.id = d2.endpoint_id
      where d2.status in ('PENDING', 'SENDING') and d2.next_attempt_at <= ? and w.disabled_at is null and w.deleted_at is null
      order by d2.next_attempt_at, d2.id limit 1 for update of d2 skip locked)
  returning d.id, d.event_id, d.endpoint_id, d.attempts
)
select claimed.*, e.type, e.occurred_at, e.organization_id, e.data, e.person, w.url, w.secret,
       c.id as partner_client_id, c.scopes, (c.revoked_at is null and c.expires_at > ?) as client_usable, c.contact_email, c.name as client_name
  from claimed
  join partners.events e on e.id = claimed.event_id
  join partners.webhook_endpoints w on w.id = claimed.endpoint_id
  join partners.clients c on c.id = w.partner_client_id`;

export interface WebhookRound {
  delivered: number;
  retried: number;
  failed: number;
}

/**
 * Delivers the webhook outbox, as the mail worker delivers mails: claim one due delivery with a
 * lease (`for update skip locked`: one worker per delivery), send it outside any transaction,
 * then write the attempt and the outcome in one transaction. 2xx: delivered. 410: the endpoint is
 * disabled. Anything else (429, 5xx, timeout, refused address): tried again on the schedule, then
 * FAILED; an endpoint failing for days is disabled and its network's contact told by e-mail.
 * At least once: a worker that dies mid-delivery leaves a lease that expires, and the next round
 * sends the same event again with the same `webhook-id`, on which receivers deduplicate.
 */
export class WebhookWorker {
  readonly id = randomUUID();
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private lastPurge = 0;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: WebhookWorkerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    const tick = () => {
      if (this.stopping) return;
      this.round = this.runOnce()
        .catch((error: unknown) => this.logger.error({ err: error }, 'webhook round failed'))
        .finally(() => {
          if (!this.stopping) this.timer = setTimeout(tick, this.options.pollIntervalMs).unref();
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.round;
  }

  /** Delivers everything due now (deliveries rescheduled during the round wait for the next one). */
  async runOnce(): Promise<WebhookRound> {
    const outcome: WebhookRound = { delivered: 0, retried: 0, failed: 0 };
    const dueBy = this.now();
    await this.purgeOldEvents(dueBy);
    const lane = async () => {
      while (!this.stopping) {
        const delivery = await this.claim(dueBy);
        if (!delivery) return;
        await this.deliver(delivery, outcome);
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: Math.max(1, this.options.concurrency) }, lane));
    const failed = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    if (outcome.delivered || outcome.retried || outcome.failed) this.logger.info({ webhooks: outcome }, 'webhook round');
    return outcome;
  }

  private async claim(dueBy: Date): Promise<ClaimedDelivery | undefined> {
    const now = this.now();
    const [delivery] = await this.orm.em.getConnection().execute<ClaimedDelivery[]>(CLAIM_SQL, [this.id, new Date(now.getTime() + this.options.leaseMs), dueBy, now]);
    return delivery;
  }

  private async deliver(delivery: ClaimedDelivery, outcome: WebhookRound): Promise<void> {
    const now = this.now();
    if (!delivery.client_usable) {
      await this.settle(delivery, { statusCode: null, durationMs: 0, error: 'client revoked or expired', responseExcerpt: null, retryAfterSeconds: null }, 'FAILED', now);
      outcome.failed += 1;
      return;
    }
    const event: StoredEvent = { id: delivery.event_id, type: delivery.type, occurredAt: new Date(delivery.occurred_at), organizationId: delivery.organization_id, data: delivery.data, person: delivery.person };
    const body = JSON.stringify(payloadFor(event, { partnerClientId: delivery.partner_client_id, scopes: delivery.scopes, pseudonym: (userId) => this.options.pseudonym(delivery.partner_client_id, userId) }));
    const sent = await sendWebhook({ url: delivery.url, secret: delivery.secret }, { id: `msg_${delivery.event_id}`, body }, { timeoutMs: this.options.timeoutMs, allowPrivateTargets: this.options.allowPrivateTargets, now });
    const code = sent.statusCode;
    if (code !== null && code >= 200 && code < 300) {
      await this.settle(delivery, sent, 'DELIVERED', now);
      outcome.delivered += 1;
    } else if (code === 410) {
      await this.settle(delivery, sent, 'GONE', now);
      outcome.failed += 1;
    } else {
      const delay = nextAttemptDelayMs(delivery.attempts, this.options.retryScheduleSeconds);
      const wait = delay === null ? null : Math.max(delay, (code === 429 || code === 503) && sent.retryAfterSeconds !== null ? sent.retryAfterSeconds * 1000 : 0);
      await this.settle(delivery, sent, wait === null ? 'FAILED' : new Date(now.getTime() + wait), now);
      if (wait === null) outcome.failed += 1;
      else outcome.retried += 1;
    }
  }

  /** The attempt and its consequence, in one transaction (retried by the lease if the database fails here). */
  private async settle(delivery: ClaimedDelivery, sent: SendOutcome, result: 'DELIVERED' | 'GONE' | 'FAILED' | Date, now: Date): Promise<void> {
    await this.orm.em.fork().transactional(async (tx) => {
      const em = tx as EntityManager;
      await em.execute(
        'insert into partners.delivery_attempts (delivery_id, attempt, at, status_code, duration_ms, error, response_excerpt) values (?, ?, ?, ?, ?, ?, ?)',
        [delivery.id, delivery.attempts, now, sent.statusCode, sent.durationMs, sent.error, sent.responseExcerpt],
      );
      if (result === 'DELIVERED') {
        await em.execute("update partners.deliveries set status = 'DELIVERED', delivered_at = ?, last_status_code = ?, claimed_by = null where id = ?", [now, sent.statusCode, delivery.id]);
        await em.execute('update partners.webhook_endpoints set failing_since = null where id = ? and failing_since is not null', [delivery.endpoint_id]);
        return;
      }
      if (result === 'GONE') {
        await em.execute("update partners.deliveries set status = 'FAILED', last_status_code = ?, claimed_by = null where id = ?", [sent.statusCode, delivery.id]);
        await em.execute("update partners.webhook_endpoints set disabled_at = ?, disabled_reason = 'GONE' where id = ? and disabled_at is null", [now, delivery.endpoint_id]);
        return;
      }
      if (result === 'FAILED') await em.execute("update partners.deliveries set status = 'FAILED', last_status_code = ?, claimed_by = null where id = ?", [sent.statusCode, delivery.id]);
      else await em.execute("update partners.deliveries set status = 'PENDING', next_attempt_at = ?, last_status_code = ?, claimed_by = null where id = ?", [result, sent.statusCode, delivery.id]);
      const [endpoint] = await em.execute<{ failing_since: string }[]>(
        'update partners.webhook_endpoints set failing_since = coalesce(failing_since, ?) where id = ? returning failing_since',
        [now, delivery.endpoint_id],
      );
      if (endpoint && now.getTime() - new Date(endpoint.failing_since).getTime() >= this.options.disableAfterMs) await this.disableFailing(em, delivery, now);
    });
  }

  private async disableFailing(em: EntityManager, delivery: ClaimedDelivery, now: Date): Promise<void> {
    const disabled = await em.execute<{ id: string }[]>(
      "update partners.webhook_endpoints set disabled_at = ?, disabled_reason = 'FAILING' where id = ? and disabled_at is null returning id",
      [now, delivery.endpoint_id],
    );
    if (!disabled.length || !delivery.contact_email) return;
    await enqueueMail(em, {
      to: delivery.contact_email,
      subject: `Orga SPE : le point de réception ${new URL(delivery.url).host} est désactivé`,
      text: [
        'Bonjour,',
        '',
        `Le point de réception des webhooks ${delivery.url} du client « ${delivery.client_name} » ne répond plus correctement depuis plusieurs jours : Orga SPE l'a désactivé.`,
        'Les événements restent lisibles pendant 30 jours (Network.events). Réactivez le point de réception (updateWebhookEndpoint, enabled: true) puis rejouez les événements manqués (replayWebhookEvents).',
        '',
        "L'équipe Orga SPE",
      ].join('\n'),
      template: 'webhook-endpoint-disabled',
    }, now);
  }

  /** Events and what hangs from them are kept 30 days; purged at most once an hour. */
  private async purgeOldEvents(now: Date): Promise<void> {
    if (now.getTime() - this.lastPurge < 3600_000) return;
    this.lastPurge = now.getTime();
    const before = new Date(now.getTime() - EVENT_RETENTION_DAYS * 24 * 3600 * 1000);
    await this.orm.em.fork().transactional(async (tx) => {
      const em = tx as EntityManager;
      await em.execute('delete from partners.delivery_attempts a using partners.deliveries d, partners.events e where a.delivery_id = d.id and d.event_id = e.id and e.created_at < ?', [before]);
      await em.execute('delete from partners.deliveries d using partners.events e where d.event_id = e.id and e.created_at < ?', [before]);
      await em.execute('delete from partners.events where created_at < ?', [before]);
    });
  }
}
