import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { MAX_PAGE_SIZE, type Page, type PageRequest } from '../pagination.js';
import { MailOutboxEntity, type MailStatus } from './mail-outbox.entity.js';

export interface MailToSend {
  /** One address (`name@domain`), stored trimmed and lower-cased like every address of the product; a list is refused. */
  to: string;
  /** Shortened to 255 characters (with an ellipsis) if longer: a long organisation name must not fail the change. */
  subject: string;
  text: string;
  html?: string;
  /** Which e-mail this is (`invitation`…), for support and statistics; ≤ 64 characters. */
  template: string;
}

const SUBJECT_MAX = 255;
const RECIPIENT_MAX = 320;
// One bare address: no spaces, separators or display name that would let a caller reach several people.
const SINGLE_ADDRESS = /^[^\s@,;:<>()"[\]\\]+@[^\s@,;:<>()"[\]\\]+$/;

/**
 * Queues a mail through the caller's EntityManager and flushes it. Call it with the EntityManager
 * of the transaction that makes the change the mail announces (`em.transactional(async (tx) => {
 * …change…; await enqueueMail(tx, mail) })`): the row commits with the change or rolls back with
 * it, and the worker sends it only after the commit. Outside a transaction the flush commits the
 * row (and whatever else the EntityManager holds) at once. `now` is when the mail becomes due.
 */
export async function enqueueMail(em: EntityManager, mail: MailToSend, now: Date = new Date()): Promise<void> {
  const recipient = mail.to.trim().toLowerCase();
  if (recipient.length > RECIPIENT_MAX || !SINGLE_ADDRESS.test(recipient)) {
    throw new Error(`enqueueMail expects one e-mail address, got ${JSON.stringify(mail.to.slice(0, 80))}`);
  }
  em.create(MailOutboxEntity, {
    recipient,
    subject: fitSubject(mail.subject),
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    template: mail.template,
    nextAttemptAt: now,
    createdAt: now,
  });
  await em.flush();
}

/** Support reads the outbox, newest first (at most 100 a page), to see what was sent, what waits and what failed. */
export async function findOutbox(
  em: EntityManager,
  filter: { status?: MailStatus | null; recipient?: string | null },
  page: PageRequest,
): Promise<Page<MailOutboxEntity>> {
  const where = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.recipient ? { recipient: filter.recipient.trim().toLowerCase() } : {}),
  };
  const [items, totalCount] = await em.findAndCount(MailOutboxEntity, where, {
    orderBy: { createdAt: 'desc', id: 'asc' },
    limit: Math.min(Math.max(page.first, 0), MAX_PAGE_SIZE),
    offset: page.offset,
  });
  return { items, totalCount, offset: page.offset };
}

/** Mails by id (the audit log names the one a support action was about). */
export async function findMailsByIds(em: EntityManager, ids: readonly string[]): Promise<MailOutboxEntity[]> {
  return em.find(MailOutboxEntity, { id: { $in: [...ids] } });
}

/**
 * Puts a FAILED mail back in the queue, due `now`, its attempts counted from zero (support, once
 * the cause is fixed). Locks the row, so a concurrent requeue sees PENDING and is refused. Run it
 * in the transaction that records the support action.
 */
export async function requeueFailedMail(
  em: EntityManager,
  id: string,
  now: Date,
): Promise<{ found: false } | { found: true; requeued: boolean; before: MailOutboxEntity; after: MailOutboxEntity }> {
  const mail = await em.findOne(MailOutboxEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!mail) return { found: false };
  const before = Object.assign(new MailOutboxEntity(), mail);
  if (mail.status !== 'FAILED') return { found: true, requeued: false, before, after: mail };
  Object.assign(mail, { status: 'PENDING', attempts: 0, nextAttemptAt: now, lastError: null });
  await em.flush();
  return { found: true, requeued: true, before, after: mail };
}

function fitSubject(subject: string): string {
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  const characters = Array.from(oneLine);
  return characters.length <= SUBJECT_MAX ? oneLine : `${characters.slice(0, SUBJECT_MAX - 1).join('')}…`;
}
