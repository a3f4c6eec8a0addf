import { Entity, Enum, Index, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { SupportRole } from '../../shared/auth/principal.js';
import type { User } from '../domain/models/user.js';

@Entity({ tableName: 'users', schema: 'organizations' })
// E-mails are stored normalised (trimmed, lower-cased); the expression index makes case-insensitive
// uniqueness a database guarantee even if a row were ever written without normalising.
@Index({ name: 'users_email_lower_unique', expression: 'create unique index "users_email_lower_unique" on "organizations"."users" (lower("email"))' })
export class UserEntity implements User {
  [OptionalProps]?: 'supportRole' | 'termsAcceptedAt' | 'lastLoggedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 255 })
  firstName!: string;

  @Property({ type: 'string', length: 255 })
  lastName!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Enum({ items: () => SupportRole, nativeEnumName: 'organizations.support_role', nullable: true, type: 'string' })
  supportRole: SupportRole | null = null;

  @Property({ type: 'datetime', nullable: true })
  termsAcceptedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastLoggedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
