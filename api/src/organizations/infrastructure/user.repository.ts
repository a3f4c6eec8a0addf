import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Page, PageRequest } from '../../shared/pagination.js';
import { escapeLike } from './organization.repository.js';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import { EmailAlreadyUsedError } from '../domain/errors.js';
import { normalizeEmail, type User } from '../domain/models/user.js';
import type { SupportRole } from '../../shared/auth/principal.js';
import { UserEntity } from './user.entity.js';
import { USER_COLUMNS, userFromRow, type UserRow } from './rows.js';
import type * as Ports from '../domain/repositories.js';
import type { NewUser } from '../domain/repositories.js';

export class UserRepository implements Ports.UserRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<User> {
    const user = await this.em.findOne(UserEntity, { id });
    if (!user) throw new NotFoundError('Utilisateur introuvable.');
    return user;
  }

  /** A plain read of the account (rows.ts: no entity), for another context's copy of the name. */
  async read(id: string): Promise<User> {
    const [row] = await this.em.execute<UserRow[]>(`select ${USER_COLUMNS} from organizations.users u where u.id = ?`, [id]);
    if (!row) throw new NotFoundError('Utilisateur introuvable.');
    return userFromRow(row);
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    return this.em.find(UserEntity, { id: { $in: [...ids] } });
  }

  /** Exact, case-insensitive (e-mails are stored trimmed and lower-cased). */
  async findByEmail(email: string): Promise<User | null> {
    return this.em.findOne(UserEntity, { email: normalizeEmail(email) });
  }

  async findByEmailWithPasswordHash(email: string): Promise<(User & { passwordHash: string }) | null> {
    return this.em.findOne(UserEntity, { email: normalizeEmail(email) }, { populate: ['passwordHash'] });
  }

  async create(data: NewUser): Promise<User> {
    const user = this.em.create(UserEntity, { ...data, email: normalizeEmail(data.email) });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        this.em.clear();
        throw new EmailAlreadyUsedError();
      }
      throw error;
    }
    return user;
  }

  async markTermsAsAccepted(id: string, at: Date): Promise<User> {
    const user = await this.em.findOneOrFail(UserEntity, { id });
    user.termsAcceptedAt ??= at;
    await this.em.flush();
    return user;
  }

  async updateSupportRole(id: string, role: SupportRole | null): Promise<User> {
    const user = await this.em.findOneOrFail(UserEntity, { id });
    user.supportRole = role;
    await this.em.flush();
    return user;
  }

  async search(text: string | null, page: PageRequest): Promise<Page<User>> {
    const pattern = text ? `%${escapeLike(text)}%` : null;
    const where = pattern ? { $or: [{ email: { $ilike: pattern } }, { firstName: { $ilike: pattern } }, { lastName: { $ilike: pattern } }] } : {};
    const [items, totalCount] = await this.em.findAndCount(UserEntity, where, {
      orderBy: [{ [raw('last_name collate organizations.french')]: 'asc' }, { [raw('first_name collate organizations.french')]: 'asc' }, { id: 'asc' }],
      limit: page.first,
      offset: page.offset,
    });
    return { items, totalCount, offset: page.offset };
  }

  async markAsLoggedIn(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(UserEntity, { id }, { lastLoggedAt: at });
  }
}
