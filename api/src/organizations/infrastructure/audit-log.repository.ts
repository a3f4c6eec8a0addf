import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../../shared/pagination.js';
import type { AuditEntry } from '../domain/models/audit-entry.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type * as Ports from '../domain/repositories.js';

export class AuditLogRepository implements Ports.AuditLogRepository {
  constructor(private readonly em: EntityManager) {}

  /** Written in the caller's transaction: the trail and the change land together or not at all. */
  async record(entry: Omit<AuditEntry, 'id' | 'createdAt'>, now: Date): Promise<void> {
    this.em.create(AuditEntryEntity, { ...entry, createdAt: now });
    await this.em.flush();
  }

  async list(filter: { targetId?: string | null }, page: PageRequest): Promise<Page<AuditEntry>> {
    const [items, totalCount] = await this.em.findAndCount(AuditEntryEntity, filter.targetId ? { targetId: filter.targetId } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: page.first,
      offset: page.offset,
    });
    return { items, totalCount, offset: page.offset };
  }
}
