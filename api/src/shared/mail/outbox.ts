import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../pagination.js';
import { MailOutboxEntity, type MailStatus } from './mail-outbox.entity.js';

export interface MailToSend {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
}

/**
 * Queues a mail through the caller's EntityManager. Call it inside the transaction of the change
 * the mail announces: the row commits (or rolls back) with it, and the worker sends it after.
 */
export async function enqueueMail(em: EntityManager, mail: MailToSend, now = new Date()): Promise<void> {
  em.create(MailOutboxEntity, {
    recipient: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    template: mail.template,
    nextAttemptAt: now,
    createdAt: now,
  });
  await em.flush();
}

/** Support reads the outbox (newest first) to see what was sent, what waits and what failed. */
export async function findOutbox(em: EntityManager, filter: { status?: MailStatus | null; recipient?: string | null }, page: PageRequest): Promise<Page<MailOutboxEntity>> {
  const where = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.recipient ? { recipient: filter.recipient.trim().toLowerCase() } : {}),
  };
  const [items, totalCount] = await em.findAndCount(MailOutboxEntity, where, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    limit: page.first,
    offset: page.offset,
  });
  return { items, totalCount, offset: page.offset };
}
