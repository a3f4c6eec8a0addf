import type { OutboxMailRecord } from './usecases/list-mail-outbox.usecase.js';

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
