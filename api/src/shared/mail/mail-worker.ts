import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import type { Orm } from '../database/orm.js';
import { backoffDelayMs } from './backoff.js';

export interface MailWorkerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; nodemailer options may be added as query parameters. */
  smtpUrl: string;
  from: string;
  /** Mails claimed (and locked) per transaction. */
  batchSize?: number;
  pollIntervalMs?: number;
  /** After this many failed attempts the mail is marked FAILED and no longer retried. */
  maxAttempts?: number;
  /** SMTP timeouts, so that a mail server that does not answer cannot hold a round (and its locks) for minutes. */
  timeoutsMs?: { connection?: number; greeting?: number; socket?: number };
  /** The clock: tests move it past the back-off. */
  now?: () => Date;
}

export interface MailRound {
  sent: number;
  /** Failed this time, will be tried again after the back-off. */
  retried: number;
  /** Failed for the last time: marked FAILED. */
  failed: number;
}

interface DueMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  template: string;
  attempts: number;
}

/**
 * Sends the outbox through SMTP. A round claims the mails due now in small batches, each batch in
 * its own transaction with `for update skip locked`: another process running a worker skips the
 * locked rows, so every mail is sent by one worker only. A failure is retried later with
 * exponential back-off; after `maxAttempts` the mail is marked FAILED (support sees it).
 *
 * Delivery is at least once: if the process dies after the SMTP server accepted a mail but before
 * its batch commits, the mails of that batch are sent again later (hence small batches).
 */
export class MailWorker {
  private readonly transporter: Transporter;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private started = false;
  private stopping = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: MailWorkerOptions,
  ) {
    this.transporter = nodemailer.createTransport(transportUrl(options.smtpUrl, options.timeoutsMs ?? {}));
    this.batchSize = options.batchSize ?? 10;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.now = options.now ?? (() => new Date());
  }

  /** Sends every mail due now (batch after batch) and says what happened; stops early when `stop()` is called. */
  async runOnce(): Promise<MailRound> {
    const outcome: MailRound = { sent: 0, retried: 0, failed: 0 };
    // A fixed cut-off: mails retried during this round are due later, so the round ends.
    const dueBy = this.now();
    for (;;) {
      const claimed = await this.processBatch(dueBy, outcome);
      if (claimed < this.batchSize || this.stopping) break;
    }
    if (outcome.sent || outcome.retried || outcome.failed) this.logger.info({ mailOutbox: outcome }, 'mail outbox round');
    return outcome;
  }

  /** Polls every `pollIntervalMs` (the timer does not keep the process alive). */
  start(): void {
    if (this.started) return;
    this.started = true;
    const tick = () => {
      if (this.stopping) return;
      this.round = this.runOnce()
        .catch((error: unknown) => this.logger.error({ err: error }, 'mail outbox round failed'))
        .finally(() => {
          if (!this.stopping) this.timer = setTimeout(tick, this.pollIntervalMs).unref();
        });
    };
    tick();
  }

  /** Lets the current mail finish, ends the round (the rest stays due) and closes the transport. Final. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.round;
    this.transporter.close();
  }

  private async processBatch(dueBy: Date, outcome: MailRound): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const due = await em.execute<DueMail[]>(
        `select id, recipient, subject, text_body, html_body, template, attempts from public.mail_outbox
          where status = 'PENDING' and next_attempt_at <= ?
          order by next_attempt_at, id limit ? for update skip locked`,
        [dueBy, this.batchSize],
      );
      for (const mail of due) {
        // Rows not reached are released unchanged at commit: still due, for the next round.
        if (this.stopping) break;
        await this.deliver(em as EntityManager, mail, outcome);
      }
      return due.length;
    });
  }

  private async deliver(em: EntityManager, mail: DueMail, outcome: MailRound): Promise<void> {
    let failure: unknown;
    let delivered = false;
    try {
      await this.transporter.sendMail({ from: this.options.from, to: mail.recipient, subject: mail.subject, text: mail.text_body, html: mail.html_body ?? undefined });
      delivered = true;
    } catch (error) {
      failure = error;
    }
    const now = this.now();
    if (delivered) {
      await em.execute(`update public.mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?`, [now, mail.id]);
      outcome.sent += 1;
      this.logger.debug({ mailId: mail.id, template: mail.template }, 'mail sent');
      return;
    }
    const attempts = mail.attempts + 1;
    const error = describe(failure);
    if (attempts >= this.maxAttempts) {
      await em.execute(`update public.mail_outbox set status = 'FAILED', attempts = ?, last_error = ? where id = ?`, [attempts, error, mail.id]);
      outcome.failed += 1;
      this.logger.error({ mailId: mail.id, template: mail.template, attempts, error }, 'mail given up');
      return;
    }
    const nextAttemptAt = new Date(now.getTime() + backoffDelayMs(attempts));
    await em.execute(`update public.mail_outbox set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?`, [attempts, error, nextAttemptAt, mail.id]);
    outcome.retried += 1;
    this.logger.warn({ mailId: mail.id, template: mail.template, attempts, nextAttemptAt, error }, 'mail not sent, will retry');
  }
}

/** The timeouts ride in the URL (nodemailer reads its options from the query), unless SMTP_URL sets them. */
function transportUrl(smtpUrl: string, timeouts: NonNullable<MailWorkerOptions['timeoutsMs']>): string {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    // Never echo the URL: it may carry the password.
    throw new Error('SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const defaults = { connectionTimeout: timeouts.connection ?? 10_000, greetingTimeout: timeouts.greeting ?? 10_000, socketTimeout: timeouts.socket ?? 30_000 };
  for (const [key, value] of Object.entries(defaults)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** What support and the logs see: the SMTP error code and message (never the mail's body). */
function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  return (typeof code === 'string' ? `${code}: ${text}` : text).slice(0, 1000);
}
