import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import type { Orm } from '../database/orm.js';
import { backoffDelayMs } from './backoff.js';

export interface MailWorkerOptions {
  smtpUrl: string;
  from: string;
  batchSize?: number;
  pollIntervalMs?: number;
  maxAttempts?: number;
  now?: () => Date;
}

interface DueMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

/**
 * Sends the outbox through SMTP. Each round claims due mails with `for update skip locked`, so
 * several processes can run a worker and still send each mail once; a failure is retried later
 * with back-off, and after `maxAttempts` the mail is marked FAILED (support sees it).
 */
export class MailWorker {
  private readonly transporter: Transporter;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxAttempts: number;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly logger: Logger,
    private readonly options: MailWorkerOptions,
  ) {
    this.transporter = nodemailer.createTransport(options.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
    this.batchSize = options.batchSize ?? 20;
    this.pollIntervalMs = options.pollIntervalMs ?? 5_000;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.now = options.now ?? (() => new Date());
  }

  /** Sends what is due now; returns what happened to each claimed mail. */
  async runOnce(): Promise<{ sent: number; retried: number; failed: number }> {
    const outcome = { sent: 0, retried: 0, failed: 0 };
    await this.orm.em.fork().transactional(async (em) => {
      const now = this.now();
      const due = await em.execute<DueMail[]>(
        `select id, recipient, subject, text_body, html_body, attempts from public.mail_outbox
          where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked`,
        [now, this.batchSize],
      );
      for (const mail of due) {
        try {
          await this.transporter.sendMail({ from: this.options.from, to: mail.recipient, subject: mail.subject, text: mail.text_body, html: mail.html_body ?? undefined });
          await em.execute(`update public.mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?`, [now, mail.id]);
          outcome.sent += 1;
        } catch (error) {
          const attempts = mail.attempts + 1;
          const giveUp = attempts >= this.maxAttempts;
          await em.execute(`update public.mail_outbox set status = ?, attempts = ?, last_error = ?, next_attempt_at = ? where id = ?`, [
            giveUp ? 'FAILED' : 'PENDING',
            attempts,
            String((error as Error).message ?? error).slice(0, 1000),
            new Date(now.getTime() + backoffDelayMs(attempts)),
            mail.id,
          ]);
          if (giveUp) outcome.failed += 1;
          else outcome.retried += 1;
          this.logger.warn({ mailId: mail.id, attempts, giveUp, err: { message: (error as Error).message } }, 'mail not sent');
        }
      }
    });
    if (outcome.sent || outcome.retried || outcome.failed) this.logger.info(outcome, 'mail outbox round');
    return outcome;
  }

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.round = this.runOnce()
        .catch((error: unknown) => this.logger.error({ err: error }, 'mail outbox round failed'))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.pollIntervalMs).unref();
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.round;
    this.transporter.close();
  }
}
