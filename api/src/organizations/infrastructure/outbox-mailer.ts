import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMail, requeueFailedMail } from '../../shared/mail/outbox.js';
import type { Mailer, OutgoingMail, RequeueOutcome } from '../domain/mailer.js';

/** The organisations context's mails go through the shared outbox, in the caller's transaction. */
export class OutboxMailer implements Mailer {
  constructor(private readonly em: EntityManager) {}

  async enqueue(mail: OutgoingMail): Promise<void> {
    await enqueueMail(this.em, mail);
  }

  requeueFailed(id: string, now: Date): Promise<RequeueOutcome> {
    return requeueFailedMail(this.em, id, now);
  }
}
