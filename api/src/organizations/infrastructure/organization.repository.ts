import { LockMode, raw } from '@mikro-orm/core';
import { OrganizationNotFoundError } from '../domain/errors.js';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../../shared/pagination.js';
import type { Organization } from '../domain/models/organization.js';
import { OrganizationEntity } from './organization.entity.js';
import type * as Ports from '../domain/repositories.js';
import { ORGANIZATION_COLUMNS, organizationFromRow, type OrganizationRow } from './rows.js';
import type { OrganizationSearch, NewOrganization } from '../domain/repositories.js';

export class OrganizationRepository implements Ports.OrganizationRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<Organization> {
    const organization = await this.em.findOne(OrganizationEntity, { id });
    if (!organization) throw new OrganizationNotFoundError();
    return organization;
  }

  /**
   * Takes the organisation's row lock for the rest of the transaction: team changes of one
   * organisation run one after the other, so "the last admin" is always counted right.
   */
  async getForUpdate(id: string): Promise<Organization> {
    const organization = await this.em.findOne(OrganizationEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!organization) throw new OrganizationNotFoundError();
    return organization;
  }

  /** Behind every organisation a request reads (the loaders): plain rows (rows.ts). */
  async findByIds(ids: readonly string[]): Promise<Organization[]> {
    const rows = await this.em.execute<OrganizationRow[]>(`select ${ORGANIZATION_COLUMNS} from organizations.organizations o where o.id in (?)`, [[...ids]]);
    return rows.map(organizationFromRow);
  }

  async create(data: NewOrganization & { id?: string }): Promise<Organization> {
    const organization = this.em.create(OrganizationEntity, data);
    await this.em.flush();
    return organization;
  }

  async update(id: string, patch: Partial<NewOrganization>): Promise<Organization> {
    const organization = await this.em.findOneOrFail(OrganizationEntity, { id });
    this.em.assign(organization, patch);
    await this.em.flush();
    return organization;
  }

  async markAsArchived(id: string, by: string, at: Date): Promise<Organization> {
    const organization = await this.em.findOneOrFail(OrganizationEntity, { id });
    organization.archivedAt ??= at;
    organization.archivedById ??= by;
    await this.em.flush();
    return organization;
  }

  async hasChildren(id: string): Promise<boolean> {
    return (await this.em.count(OrganizationEntity, { parentId: id })) > 0;
  }

  async search(filter: OrganizationSearch, page: PageRequest): Promise<Page<Organization>> {
    const where: FilterQuery<OrganizationEntity> = {};
    if (filter.name) where.name = { $ilike: `%${escapeLike(filter.name.trim())}%` };
    if (filter.type) where.type = filter.type;
    if (filter.externalId) where.externalId = filter.externalId.trim();
    if (filter.networkId) where.networkId = filter.networkId;
    if (filter.archived === true) where.archivedAt = { $ne: null };
    if (filter.archived === false) where.archivedAt = null;
    if (filter.region) where.address = { ...(where.address as object), region: filter.region.trim() };
    if (filter.department) where.address = { ...(where.address as object), department: filter.department.trim() };
    const within = filter.within;
    if (within && (within.regions.length || within.departments.length)) {
      where.$or = [{ address: { region: { $in: [...within.regions] } } }, { address: { department: { $in: [...within.departments] } } }];
    }
    const [items, totalCount] = await this.em.findAndCount(OrganizationEntity, where, {
      orderBy: [{ [raw('name collate organizations.french')]: 'asc' }, { id: 'asc' }],
      limit: page.first,
      offset: page.offset,
    });
    return { items, totalCount, offset: page.offset };
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}
