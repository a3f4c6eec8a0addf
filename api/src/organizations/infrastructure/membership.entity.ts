import { Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Membership, MembershipRole } from '../domain/models/membership.js';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';

@Entity({ tableName: 'memberships', schema: 'organizations' })
// One active membership per person and organisation; removed or left ones stay as history.
@Index({
  name: 'memberships_active_unique',
  expression: 'create unique index "memberships_active_unique" on "organizations"."memberships" ("organization_id", "user_id") where "disabled_at" is null',
})
export class MembershipEntity implements Membership {
  [OptionalProps]?: 'disabledAt';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => OrganizationEntity, mapToPk: true, fieldName: 'organization_id', index: 'memberships_organization_id_index' })
  organizationId!: string;

  @ManyToOne({ entity: () => UserEntity, mapToPk: true, fieldName: 'user_id', index: 'memberships_user_id_index' })
  userId!: string;

  @Enum({ items: () => MembershipRole, nativeEnumName: 'organizations.membership_role', type: 'string' })
  role!: MembershipRole;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;
}
