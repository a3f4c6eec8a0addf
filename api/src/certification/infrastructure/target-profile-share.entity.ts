import { Entity, Index, ManyToOne, type Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { TargetProfileEntity } from './target-profile.entity.js';

/**
 * A non-public target profile offered to one organisation. `organization_id` belongs to the
 * organizations context's schema: no foreign key across schemas.
 */
@Entity({ tableName: 'target_profile_shares', schema: 'certification' })
export class TargetProfileShareEntity {
  [PrimaryKeyProp]?: ['targetProfileId', 'organizationId'];

  @ManyToOne({ entity: () => TargetProfileEntity, mapToPk: true, primary: true, fieldName: 'target_profile_id', deleteRule: 'cascade' })
  targetProfileId!: string;

  // The profiles offered to one organisation: the list of `targetProfiles(organizationId)`.
  @Index({ name: 'target_profile_shares_organization_id_index' })
  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
