import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Page, PageRequest } from '../../shared/pagination.js';
import { AlreadyMemberError, MembershipNotFoundError } from '../domain/errors.js';
import { type Member, type Membership, MembershipRole } from '../domain/models/membership.js';
import { MembershipEntity } from './membership.entity.js';
import type * as Ports from '../domain/repositories.js';
import { MEMBERSHIP_COLUMNS, membershipFromRow, type MembershipRow } from './rows.js';

export class MembershipRepository implements Ports.MembershipRepository {
  constructor(private readonly em: EntityManager) {}

  async getActive(id: string): Promise<Membership> {
    const membership = await this.em.findOne(MembershipEntity, { id, disabledAt: null });
    if (!membership) throw new MembershipNotFoundError();
    return membership;
  }

  async findActive(organizationId: string, userId: string): Promise<Membership | null> {
    return this.em.findOne(MembershipEntity, { organizationId, userId, disabledAt: null });
  }

  /** Behind every access decision of a request: plain rows (rows.ts). */
  async findActiveByUserIds(userIds: readonly string[]): Promise<Membership[]> {
    const rows = await this.em.execute<MembershipRow[]>(
      `select ${MEMBERSHIP_COLUMNS} from organizations.memberships m where m.user_id in (?) and m.disabled_at is null order by m.created_at, m.id`,
      [[...userIds]],
    );
    return rows.map(membershipFromRow);
  }

  async countActiveAdmins(organizationId: string): Promise<number> {
    return this.em.count(MembershipEntity, { organizationId, role: MembershipRole.ADMIN, disabledAt: null });
  }

  async countActive(organizationId: string): Promise<number> {
    return this.em.count(MembershipEntity, { organizationId, disabledAt: null });
  }

  /**
   * The team in alphabetical order (last name, first name), names included: two statements for
   * any page size (the page and the count).
   */
  async listMembers(organizationId: string, page: PageRequest): Promise<Page<Member>> {
    const [rows, [{ count }]] = await Promise.all([
      this.em.execute<MemberRow[]>(
        `select m.id, m.organization_id, m.user_id, m.role, m.created_at, m.updated_at, m.disabled_at,
                u.first_name, u.last_name, u.email
           from organizations.memberships m join organizations.users u on u.id = m.user_id
          where m.organization_id = ? and m.disabled_at is null
          order by u.last_name collate organizations.french, u.first_name collate organizations.french, m.id
          limit ? offset ?`,
        [organizationId, page.first, page.offset],
      ),
      this.em.execute<{ count: string }[]>(
        'select count(*) from organizations.memberships where organization_id = ? and disabled_at is null',
        [organizationId],
      ),
    ]);
    return { items: rows.map(toMember), totalCount: Number(count), offset: page.offset };
  }

  async create(data: { organizationId: string; userId: string; role: MembershipRole }, now: Date): Promise<Membership> {
    const membership = this.em.create(MembershipEntity, { ...data, createdAt: now, updatedAt: now });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new AlreadyMemberError();
      throw error;
    }
    return membership;
  }

  async updateRole(id: string, role: MembershipRole, now: Date): Promise<Membership> {
    const membership = await this.em.findOneOrFail(MembershipEntity, { id });
    membership.role = role;
    membership.updatedAt = now;
    await this.em.flush();
    return membership;
  }

  async markAsDisabled(id: string, now: Date): Promise<void> {
    await this.em.nativeUpdate(MembershipEntity, { id, disabledAt: null }, { disabledAt: now, updatedAt: now });
  }
}

interface MemberRow {
  id: string;
  organization_id: string;
  user_id: string;
  role: MembershipRole;
  created_at: Date;
  updated_at: Date;
  disabled_at: Date | null;
  first_name: string;
  last_name: string;
  email: string;
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    role: row.role,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    disabledAt: row.disabled_at ? new Date(row.disabled_at) : null,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
  };
}
