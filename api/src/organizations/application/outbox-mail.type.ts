import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Connection } from '../../shared/graphql/connection.js';
import type { OutboxMailRecord } from '../domain/usecases/list-mail-outbox.usecase.js';

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

  @Field(() => String)
  textBody!: string;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO)
  nextAttemptAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  sentAt!: Date | null;

  static from(mail: OutboxMailRecord): OutboxMail {
    return Object.assign(new OutboxMail(), mail, { status: mail.status as OutboxMailStatus });
  }
}

@ObjectType()
export class OutboxMailConnection extends Connection(OutboxMail, 'OutboxMail') {}
