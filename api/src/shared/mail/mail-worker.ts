import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import type { Orm } from '../database/orm.js';
import { backoffDelayMs, type BackoffSettings } from './backoff.js';

export interface MailWorkerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; nodemailer options may be added as query parameters. */
  smtpUrl: string;
  from: string;
  /** SMTP connections kept open and used in parallel (one mail in flight on each). */
  connections?: number;
  pollIntervalMs?: number;
  /** After this many failed attempts the mail is marked FAILED and no longer retried (`MAIL_MAX_ATTEMPTS`). */
  maxAttempts?: number;
  backoff?: BackoffSettings;
  /**
   * How long a claimed mail (`SENDING`) belongs to the worker that claimed it before another
   * process may send it again (`MAIL_LEASE_SECONDS`). Keep it longer than one SMTP exchange (the
   * timeouts below: up to 50 s), so that only a worker that died mid-way lets a lease expire.
   */
  leaseMs?: number;
  /** SMTP timeouts, so that a mail server that does not answer cannot hold a mail (and its lease) for minutes. */
  timeoutsMs?: { connection?: number; greeting?: number; socket?: number };
  /** First wait between two tries of marking a delivered mail SENT while the database does not answer; doubles up to 5 s. */
  markRetryMs?: number;
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

interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  template: string;
  /** Including this one. */
  attempts: number;
}

const MARK_RETRY_CAP_MS = 5_000;

/** The SMTP Message-ID of an outbox mail: the same on every attempt, so that a receiving server can drop a resend. */
export function messageIdOf(outboxId: string): string {
  return `<${outboxId}@orga-spe>`;
}

/**
 * Sends the outbox through a pooled SMTP transport (a few connections kept open, never one per
 * mail). Each mail goes through three steps, none holding a transaction across the network:
 * 1. claim: one statement (its own transaction) takes one due mail with `for update skip locked`
 *    and marks it `SENDING` with a lease (`next_attempt_at` = now + lease) and this worker's id
 *    (`claimed_by`), counting the attempt; another worker skips it, so every mail is sent by one
 *    worker at a time. If the claim's answer is lost (the database dies as it commits), the next
 *    round makes that mail due again (it is this worker's, in no lane) instead of waiting for the lease;
 * 2. send over SMTP, outside any transaction, with `Message-ID: <outbox id@orga-spe>`;
 * 3. mark it `SENT` in its own statement. If the database does not answer, the mark is retried
 *    (back-off in memory) until it does, and a mail this worker holds is never claimed by it
 *    again: a database fault after the SMTP server accepted a mail never makes this process send
 *    it again. A failed send goes back to `PENDING` with exponential back-off, or `FAILED` after
 *    `maxAttempts`.
 *
 * The guarantee: a mail is sent once while the process that sent it lives. If that process dies
 * between the SMTP server's acceptance and the mark (or an outage outlasts the lease while another
 * process runs a worker), the lease expires and the mail is sent again, with the same Message-ID,
 * so that receiving servers and clients that de-duplicate on it show it once.
 */
export class MailWorker {
  private readonly transporter: Transporter;
  private readonly connections: number;
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly leaseMs: number;
  private readonly markRetryMs: number;
  private readonly now: () => Date;
  /**
   * This worker's name in `claimed_by`. After a claim that failed (the database died: it may have
   * committed without answering), the next round first makes due again the mails claimed by this
   * worker that no lane holds: no other worker holds them, so they need not wait for the lease.
   */
  readonly id = randomUUID();
  private claimsToRecover = false;
  /** Claimed and not yet marked (being sent, or delivered while the database does not answer): never claimed again by this worker, whatever its lease says. */
  private readonly inFlight = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private started = false;
  private stopping = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: MailWorkerOptions,
  ) {
    this.connections = Math.max(1, options.connections ?? 2);
    this.transporter = nodemailer.createTransport(transportUrl(options.smtpUrl, options.timeoutsMs ?? {}, this.connections));
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.markRetryMs = options.markRetryMs ?? 200;
    this.now = options.now ?? (() => new Date());
  }

  /** Sends every mail due now and says what happened; stops early when `stop()` is called. */
  async runOnce(): Promise<MailRound> {
    const outcome: MailRound = { sent: 0, retried: 0, failed: 0 };
    // A fixed cut-off: mails claimed or retried during this round are due later, so the round ends.
    const dueBy = this.now();
    // Between rounds no lane holds a mail: one claimed by this worker and still SENDING is one
    // whose claim answer was lost.
    if (this.claimsToRecover) {
      await this.orm.em
        .getConnection()
        .execute(`update public.mail_outbox set next_attempt_at = ? where status = 'SENDING' and claimed_by = ? and id <> all(?::uuid[])`, [dueBy, this.id, `{${[...this.inFlight].join(',')}}`]);
      this.claimsToRecover = false;
    }
    const lane = async () => {
      while (!this.stopping) {
        const mail = await this.claim(dueBy).catch((error: unknown) => {
          this.claimsToRecover = true;
          throw error;
        });
        if (!mail) return;
        this.inFlight.add(mail.id);
        try {
          await this.deliver(mail, outcome);
        } finally {
          this.inFlight.delete(mail.id);
        }
      }
    };
    // One lane per SMTP connection: each has one mail in flight. The round ends when every lane has
    // (a lane that fails to claim, the database being down, must not leave another one marking).
    const lanes = await Promise.allSettled(Array.from({ length: this.connections }, lane));
    const failed = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
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

  /** Lets the mails being sent finish, ends the round (the rest stays due) and closes the transport. Final. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.round;
    this.transporter.close();
  }

  /** Step 1: one due mail (PENDING, or SENDING whose lease expired), now SENDING for this worker. */
  private async claim(dueBy: Date): Promise<ClaimedMail | undefined> {
    const leaseUntil = new Date(this.now().getTime() + this.leaseMs);
    const [mail] = await this.orm.em.getConnection().execute<ClaimedMail[]>(
      `update public.mail_outbox set status = 'SENDING', claimed_by = ?, attempts = attempts + 1, next_attempt_at = ?
        where id = (
          select id from public.mail_outbox
           where status in ('PENDING', 'SENDING') and next_attempt_at <= ? and id <> all(?::uuid[])
           order by next_attempt_at, id limit 1 for update skip locked)
        returning id, recipient, subject, text_body, html_body, template, attempts`,
      [this.id, leaseUntil, dueBy, `{${[...this.inFlight].join(',')}}`],
    );
    return mail;
  }

  private async deliver(mail: ClaimedMail, outcome: MailRound): Promise<void> {
    try {
      // Step 2, outside any transaction.
      await this.transporter.sendMail({
        from: this.options.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body ?? undefined,
        messageId: messageIdOf(mail.id),
      });
    } catch (failure) {
      await this.markFailure(mail, failure, outcome);
      return;
    }
    await this.markSent(mail);
    outcome.sent += 1;
  }

  /** Step 3: retried until the database answers (a stopping worker gives up after one more try: the lease covers it). */
  private async markSent(mail: ClaimedMail): Promise<void> {
    let wait = this.markRetryMs;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.orm.em
          .getConnection()
          .execute(`update public.mail_outbox set status = 'SENT', sent_at = ?, last_error = null where id = ? and status = 'SENDING'`, [this.now(), mail.id]);
        this.logger.debug({ mailId: mail.id, template: mail.template }, 'mail sent');
        return;
      } catch (error) {
        if (this.stopping && attempt > 1) {
          this.logger.error({ err: error, mailId: mail.id }, 'mail sent but not marked SENT before stopping: its lease will expire and it will be sent again with the same Message-ID');
          return;
        }
        this.logger.warn({ err: error, mailId: mail.id, attempt }, 'mail sent, marking it SENT failed: retrying');
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(MARK_RETRY_CAP_MS, wait * 2);
      }
    }
  }

  /** Not delivered: back to PENDING after the back-off, or FAILED. If this write fails too, the next round retries the mail. */
  private async markFailure(mail: ClaimedMail, failure: unknown, outcome: MailRound): Promise<void> {
    const error = describe(failure);
    const givingUp = mail.attempts >= this.maxAttempts;
    const nextAttemptAt = new Date(this.now().getTime() + backoffDelayMs(mail.attempts, Math.random, this.options.backoff));
    try {
      await this.orm.em
        .getConnection()
        .execute(`update public.mail_outbox set status = ?, last_error = ?, next_attempt_at = ? where id = ? and status = 'SENDING'`, [
          givingUp ? 'FAILED' : 'PENDING',
          error,
          givingUp ? this.now() : nextAttemptAt,
          mail.id,
        ]);
    } catch (markError) {
      // Still SENDING and this worker's, in no lane once this returns: the next round takes it again.
      this.claimsToRecover = true;
      this.logger.warn({ err: markError, mailId: mail.id }, 'mail not sent, and its failure could not be recorded: retried at the next round');
    }
    const logged = { mailId: mail.id, template: mail.template, attempts: mail.attempts, error: withoutAddresses(error) };
    if (givingUp) {
      outcome.failed += 1;
      this.logger.error(logged, 'mail given up');
    } else {
      outcome.retried += 1;
      this.logger.warn({ ...logged, nextAttemptAt }, 'mail not sent, will retry');
    }
  }
}

/** Pooled transport; the timeouts ride in the URL (nodemailer reads its options from the query), unless SMTP_URL sets them. */
function transportUrl(smtpUrl: string, timeouts: NonNullable<MailWorkerOptions['timeoutsMs']>, connections: number): string {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    // Never echo the URL: it may carry the password.
    throw new Error('SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const defaults = {
    pool: true,
    maxConnections: connections,
    connectionTimeout: timeouts.connection ?? 10_000,
    greetingTimeout: timeouts.greeting ?? 10_000,
    socketTimeout: timeouts.socket ?? 30_000,
  };
  for (const [key, value] of Object.entries(defaults)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** What support sees (stored in the outbox): the SMTP error code and message (never the mail's body). */
function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  return (typeof code === 'string' ? `${code}: ${text}` : text).slice(0, 1000);
}

/** What the log sees: the same without e-mail addresses (a mail server's refusal often quotes the recipient). */
function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '[address]');
}
