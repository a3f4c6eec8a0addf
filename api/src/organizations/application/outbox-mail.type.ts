import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Connection } from '../../shared/graphql/connection.js';
import type { SupportOutboxMail } from '../domain/outbox-for-support.js';

export enum OutboxMailStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(OutboxMailStatus, { name: 'OutboxMailStatus', description: 'PENDING: waiting (or retrying); SENDING: being sent (tried again if not SENT when its lease, nextAttemptAt, ends); SENT; FAILED: given up after the last retry (support can requeue it).' });

@ObjectType({ description: 'An e-mail of the outbox: sent, waiting for the mail server, or given up after retries.' })
export class OutboxMail {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  recipient!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { description: 'invitation, creation-request-approved, creation-request-rejected…' })
  template!: string;

  @Field(() => OutboxMailStatus)
  status!: OutboxMailStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => String, { description: 'The text as sent, except the secrets of its links (password reset token, invitation code), masked: support must not be able to act as the recipient.' })
  textBody!: string;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO)
  nextAttemptAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  sentAt!: Date | null;

  invitationId!: string | null;

  static from(mail: SupportOutboxMail): OutboxMail {
    return Object.assign(new OutboxMail(), mail, { status: mail.status as OutboxMailStatus });
  }
}

@ObjectType()
export class OutboxMailConnection extends Connection(OutboxMail, 'OutboxMail') {}
