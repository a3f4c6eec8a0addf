import { Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Invitation, InvitationStatus } from '../domain/models/invitation.js';
import { MembershipRole } from '../domain/models/membership.js';
import { OrganizationEntity } from './organization.entity.js';

@Entity({ tableName: 'invitations', schema: 'organizations' })
// Inviting an address that already has a pending invitation reuses it (same code): "resend".
@Index({
  name: 'invitations_pending_unique',
  expression: `create unique index "invitations_pending_unique" on "organizations"."invitations" ("organization_id", "email") where "status" = 'PENDING'`,
})
export class InvitationEntity implements Invitation {
  [OptionalProps]?: 'role' | 'acceptedAt' | 'acceptedById' | 'cancelledAt';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => OrganizationEntity, mapToPk: true, fieldName: 'organization_id', index: 'invitations_organization_id_index' })
  organizationId!: string;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Property({ type: 'string', length: 10 })
  code!: string;

  @Enum({ items: () => MembershipRole, nativeEnumName: 'organizations.membership_role', type: 'string', nullable: true })
  role: MembershipRole | null = null;

  @Enum({ items: () => InvitationStatus, nativeEnumName: 'organizations.invitation_status', type: 'string' })
  status!: InvitationStatus;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When the e-mail was last sent: no new one before INVITATION_RESEND_INTERVAL_SECONDS. */
  @Property({ type: 'datetime' })
  lastSentAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  acceptedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;
}
