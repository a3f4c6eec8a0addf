import { Embedded, Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { DEFAULT_DOCUMENTATION_URL, type Organization, OrganizationType } from '../domain/models/organization.js';
import { AddressEmbeddable } from './address.embeddable.js';
import { NetworkEntity } from './network.entity.js';

@Entity({ tableName: 'organizations', schema: 'organizations' })
export class OrganizationEntity implements Organization {
  [OptionalProps]?:
    | 'networkId' | 'parentId' | 'externalId' | 'siret'
    | 'documentationUrl' | 'isCertificationCenter' | 'createdById' | 'archivedAt' | 'archivedById';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Enum({ items: () => OrganizationType, nativeEnumName: 'organizations.organization_type', type: 'string' })
  type!: OrganizationType;

  @ManyToOne({ entity: () => NetworkEntity, mapToPk: true, fieldName: 'network_id', nullable: true, deleteRule: 'set null', index: 'organizations_network_id_index' })
  networkId: string | null = null;

  @ManyToOne({ entity: () => OrganizationEntity, mapToPk: true, fieldName: 'parent_id', nullable: true, deleteRule: 'set null', index: 'organizations_parent_id_index' })
  parentId: string | null = null;

  @Index({ name: 'organizations_external_id_index' })
  @Property({ type: 'string', length: 64, nullable: true })
  externalId: string | null = null;

  @Property({ type: 'string', length: 14, nullable: true })
  siret: string | null = null;

  @Embedded({ entity: () => AddressEmbeddable, prefix: false })
  address!: AddressEmbeddable;

  @Property({ type: 'string', length: 2048 })
  documentationUrl: string = DEFAULT_DOCUMENTATION_URL;

  @Property({ type: 'boolean', default: false })
  isCertificationCenter: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  archivedById: string | null = null;
}
