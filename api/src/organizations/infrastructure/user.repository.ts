import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import { EmailAlreadyUsedError } from '../domain/errors.js';
import { normalizeEmail, type User } from '../domain/models/user.js';
import type { SupportRole } from '../../shared/auth/principal.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  passwordHash: string;
  supportRole?: SupportRole | null;
  termsAcceptedAt?: Date | null;
}

export class UserRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<User> {
    const user = await this.em.findOne(UserEntity, { id });
    if (!user) throw new NotFoundError('Utilisateur introuvable.');
    return user;
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    return this.em.find(UserEntity, { id: { $in: [...ids] } });
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

  async markAsLoggedIn(id: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(UserEntity, { id }, { lastLoggedAt: at });
  }
}
