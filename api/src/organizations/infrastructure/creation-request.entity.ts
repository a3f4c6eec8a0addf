import { Embedded, Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type CreationRequest, CreationRequestStatus } from '../domain/models/creation-request.js';
import { OrganizationType } from '../domain/models/organization.js';
import { AddressEmbeddable } from './address.embeddable.js';
import { NetworkEntity } from './network.entity.js';
import { UserEntity } from './user.entity.js';

@Entity({ tableName: 'creation_requests', schema: 'organizations' })
// One pending request per person: two sent at once cannot both wait for support.
@Index({
  name: 'creation_requests_pending_unique',
  expression: `create unique index "creation_requests_pending_unique" on "organizations"."creation_requests" ("requester_id") where "status" = 'PENDING'`,
})
export class CreationRequestEntity implements CreationRequest {
  [OptionalProps]?: 'networkId' | 'rejectionReason' | 'processedById' | 'processedAt' | 'organizationId';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => UserEntity, mapToPk: true, fieldName: 'requester_id', index: false })
  requesterId!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Enum({ items: () => OrganizationType, nativeEnumName: 'organizations.organization_type', type: 'string' })
  type!: OrganizationType;

  @Property({ type: 'string', length: 14 })
  siret!: string;

  @Embedded({ entity: () => AddressEmbeddable, prefix: false })
  address!: AddressEmbeddable;

  @ManyToOne({ entity: () => NetworkEntity, mapToPk: true, fieldName: 'network_id', nullable: true, deleteRule: 'set null', index: false })
  networkId: string | null = null;

  @Property({ type: 'string', length: 255 })
  directorName!: string;

  @Property({ type: 'text' })
  mandateStatement!: string;

  @Index({ name: 'creation_requests_status_index' })
  @Enum({ items: () => CreationRequestStatus, nativeEnumName: 'organizations.creation_request_status', type: 'string' })
  status!: CreationRequestStatus;

  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  processedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
