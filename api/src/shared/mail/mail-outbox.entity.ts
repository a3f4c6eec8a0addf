import { Entity, Enum, Index, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** SENDING: claimed by a worker; `nextAttemptAt` is then the end of its lease. */
export const MAIL_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it announces: if the
 * change rolls back the mail never leaves; if the mail server is down the mail waits here.
 */
@Entity({ tableName: 'mail_outbox', schema: 'public' })
@Index({ name: 'mail_outbox_status_next_attempt_at_index', properties: ['status', 'nextAttemptAt'] })
export class MailOutboxEntity {
  [OptionalProps]?: 'htmlBody' | 'status' | 'attempts' | 'lastError' | 'sentAt' | 'claimedBy';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 320 })
  recipient!: string;

  @Property({ type: 'string', length: 255 })
  subject!: string;

  @Property({ type: 'text' })
  textBody!: string;

  @Property({ type: 'text', nullable: true })
  htmlBody: string | null = null;

  @Property({ type: 'string', length: 64 })
  template!: string;

  // text + check constraint (not a native enum): adding a status later is a one-line migration.
  @Enum({ items: [...MAIL_STATUSES], type: 'text', default: 'PENDING' })
  status: MailStatus = 'PENDING';

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  /** The worker (one per process run) that last claimed the mail. */
  @Property({ type: 'uuid', nullable: true })
  claimedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;
}
