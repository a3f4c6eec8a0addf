import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../shared/graphql/connection.js';
import type { AuditEntry as AuditEntryModel } from '../domain/models/audit-entry.js';
import { auditSubjects, changedFields, type AuditSubjects } from '../domain/audit-subjects.js';

@ObjectType({ description: 'One support action: who, what, on which record, when, before and after.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  actorRole!: string;

  @Field(() => String, { description: 'e.g. ORGANIZATION_CREATED, CREATION_REQUEST_APPROVED, MEMBERSHIP_REMOVED.' })
  action!: string;

  @Field(() => String)
  targetType!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  @Field(() => [String], { description: 'The fields whose value differs between before and after (an ORGANIZATION_UPDATED says what was changed), bookkeeping dates aside; empty when there is no before or no after.' })
  changedFields!: string[];

  actorId!: string;

  subjects!: AuditSubjects;

  static from(entry: AuditEntryModel): AuditEntry {
    return Object.assign(new AuditEntry(), entry, { changedFields: changedFields(entry), subjects: auditSubjects(entry) });
  }
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}

