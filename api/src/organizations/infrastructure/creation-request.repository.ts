import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import { CreationRequestAlreadyPendingError } from '../domain/errors.js';
import type { Page, PageRequest } from '../../shared/pagination.js';
import { type CreationRequest, CreationRequestStatus } from '../domain/models/creation-request.js';
import { CreationRequestEntity } from './creation-request.entity.js';
import type * as Ports from '../domain/repositories.js';
import type { NewCreationRequest } from '../domain/repositories.js';

export class CreationRequestRepository implements Ports.CreationRequestRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<CreationRequest> {
    // Read afresh: requests change through conditional updates that bypass the identity map.
    const request = await this.em.findOne(CreationRequestEntity, { id }, { refresh: true });
    if (!request) throw new NotFoundError('Demande introuvable.');
    return request;
  }

  async create(data: NewCreationRequest, now: Date): Promise<CreationRequest> {
    const request = this.em.create(CreationRequestEntity, { ...data, status: CreationRequestStatus.PENDING, createdAt: now });
    try {
      await this.em.flush();
    } catch (error) {
      // The partial unique index: another request of this person was recorded in the meantime.
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        const pending = await this.findPendingOf(data.requesterId);
        throw new CreationRequestAlreadyPendingError(pending?.id ?? '');
      }
      throw error;
    }
    return request;
  }

  async findPendingOf(requesterId: string): Promise<CreationRequest | null> {
    return this.em.findOne(CreationRequestEntity, { requesterId, status: CreationRequestStatus.PENDING }, { refresh: true });
  }

  /** The person's own requests, newest first (the dashboard shows the latest). */
  async listOf(requesterId: string, limit: number): Promise<CreationRequest[]> {
    return this.em.find(CreationRequestEntity, { requesterId }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit, refresh: true });
  }

  async list(status: CreationRequestStatus | null, page: PageRequest): Promise<Page<CreationRequest>> {
    const [items, totalCount] = await this.em.findAndCount(CreationRequestEntity, status ? { status } : {}, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: page.first,
      offset: page.offset,
    });
    return { items, totalCount, offset: page.offset };
  }

  /**
   * Moves a pending request to its outcome, only if it is still pending: the row lock this takes
   * makes a concurrent second approval wait, then find nothing to change.
   */
  async markAsProcessed(
    id: string,
    outcome: { status: CreationRequestStatus.APPROVED | CreationRequestStatus.REJECTED; by: string; organizationId?: string; reason?: string },
    now: Date,
  ): Promise<boolean> {
    const updated = await this.em.nativeUpdate(
      CreationRequestEntity,
      { id, status: CreationRequestStatus.PENDING },
      {
        status: outcome.status,
        processedById: outcome.by,
        processedAt: now,
        organizationId: outcome.organizationId ?? null,
        rejectionReason: outcome.reason ?? null,
      },
    );
    return updated === 1;
  }
}
