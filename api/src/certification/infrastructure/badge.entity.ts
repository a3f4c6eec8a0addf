import { Entity, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TargetProfileEntity } from './target-profile.entity.js';

/** A badge of a target profile; its criteria are in `badge_criteria`. */
@Entity({ tableName: 'badges', schema: 'certification' })
export class BadgeEntity {
  [OptionalProps]?: 'message';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => TargetProfileEntity, mapToPk: true, fieldName: 'target_profile_id', deleteRule: 'cascade', index: 'badges_target_profile_id_index' })
  targetProfileId!: string;

  @Unique({ name: 'badges_key_unique' })
  @Property({ type: 'string', length: 64 })
  key!: string;

  @Property({ type: 'string', length: 255 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;
}
