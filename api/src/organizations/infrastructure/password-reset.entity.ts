import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserEntity } from './user.entity.js';

/**
 * The pending password reset of an account: at most one (a new request replaces the token), the
 * token kept as a SHA-256 hash like refresh tokens. `lastSentAt` throttles the e-mails per address;
 * `usedAt` spends the token.
 */
@Entity({ tableName: 'password_resets', schema: 'organizations' })
export class PasswordResetEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => UserEntity, ref: true, deleteRule: 'cascade', unique: true })
  user!: Ref<UserEntity>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime' })
  lastSentAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
