import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../domain/models/audit-entry.js';

/** Append-only trail of support actions: who did what to which record, with before and after. */
@Entity({ tableName: 'audit_log', schema: 'organizations' })
export class AuditEntryEntity implements AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  actorId!: string;

  @Property({ type: 'string', length: 32 })
  actorRole!: string;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  targetType!: string;

  @Index({ name: 'audit_log_target_id_index' })
  @Property({ type: 'uuid' })
  targetId!: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Index({ name: 'audit_log_created_at_index' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
