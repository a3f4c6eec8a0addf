/** An e-mail to send; the outbox keeps it until the SMTP worker has delivered it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
}

export interface Mailer {
  /** Queues the mail in the current transaction: it leaves only if the change it announces commits. */
  enqueue(mail: OutgoingMail): Promise<void>;
}
