import { Entity, Enum, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TargetProfileCategory } from '../domain/models/target-profile.js';

/** The Pix emploi profiles and one profile per competence come with the target-profiles migration. */
@Entity({ tableName: 'target_profiles', schema: 'certification' })
export class TargetProfileEntity {
  [OptionalProps]?: 'description' | 'isPublic' | 'canResetKnowledgeElements';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Enum({ items: () => TargetProfileCategory, type: 'text' })
  category!: TargetProfileCategory;

  @Property({ type: 'boolean', default: false })
  isPublic: boolean = false;

  @Property({ type: 'boolean', default: false })
  canResetKnowledgeElements: boolean = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
