import type { Page, PageRequest } from '../../shared/pagination.js';

/** An e-mail to send; the outbox keeps it until the SMTP worker has delivered it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
}

export type RequeueOutcome = { found: false } | { found: true; requeued: boolean; before: OutboxMailRecord; after: OutboxMailRecord };

export interface Mailer {
  /** Queues the mail in the current transaction: it leaves only if the change it announces commits. */
  enqueue(mail: OutgoingMail): Promise<void>;
  /** Puts a FAILED mail back in the queue, due now, attempts from zero; says what it found (nothing changes unless it was FAILED). */
  requeueFailed(id: string, now: Date): Promise<RequeueOutcome>;
}

/** A mail of the outbox as support reads it (the SMTP worker's record of it). */
export interface OutboxMailRecord {
  id: string;
  recipient: string;
  subject: string;
  template: string;
  status: string;
  attempts: number;
  lastError: string | null;
  textBody: string;
  createdAt: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
}

export interface OutboxReader {
  find(filter: { status: string | null; recipient: string | null }, page: PageRequest): Promise<Page<OutboxMailRecord>>;
}
