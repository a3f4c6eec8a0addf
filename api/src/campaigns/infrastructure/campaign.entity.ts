import { Entity, Enum, Index, type Opt, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Campaign, CampaignType, ExternalIdType } from '../domain/models/campaign.js';

@Entity({ tableName: 'campaigns', schema: 'campaigns' })
@Index({ name: 'campaigns_organization_id_created_at_index', properties: ['organizationId', 'createdAt'] })
@Index({
  name: 'campaigns_organization_list_index',
  expression: 'create index "campaigns_organization_list_index" on "campaigns"."campaigns" ("organization_id", "created_at" desc, "id") where "deleted_at" is null',
})
export class CampaignEntity implements Campaign {
  [OptionalProps]?: 'title' | 'welcomeText' | 'externalIdLabel' | 'externalIdType' | 'multipleSendings' | 'targetProfileId' | 'archivedAt' | 'archivedById' | 'deletedAt' | 'deletedById';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Enum({ items: () => CampaignType, nativeEnumName: 'campaigns.campaign_type', type: 'string' })
  type!: CampaignType;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Unique({ name: 'campaigns_code_unique' })
  @Property({ type: 'string', length: 9 })
  code!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  title: string | null = null;

  @Property({ type: 'string', length: 5000, nullable: true })
  welcomeText: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  externalIdLabel: string | null = null;

  @Enum({ items: () => ExternalIdType, nativeEnumName: 'campaigns.external_id_type', type: 'string', nullable: true })
  externalIdType: ExternalIdType | null = null;

  @Property({ type: 'boolean', default: false })
  multipleSendings: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  targetProfileId: string | null = null;

  @Property({ type: 'uuid' })
  ownerId!: string;

  @Property({ type: 'uuid' })
  creatorId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  archivedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  deletedById: string | null = null;
}
