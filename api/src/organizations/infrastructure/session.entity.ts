import { Entity, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserEntity } from './user.entity.js';

/**
 * A signed-in device. Access tokens name their session, so that logging out (or support revoking
 * it) takes effect at once even though tokens are stateless; the refresh token is kept hashed.
 */
@Entity({ tableName: 'sessions', schema: 'organizations' })
export class SessionEntity {
  [OptionalProps]?: 'revokedAt' | 'lastRefreshedAt' | 'userAgent' | 'ipAddress';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => UserEntity, ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<UserEntity>;

  @Property({ type: 'string', length: 64 })
  refreshTokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastRefreshedAt: Date | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;
}
