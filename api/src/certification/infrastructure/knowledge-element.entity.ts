import { Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type KnowledgeElement, KnowledgeElementStatus } from '../domain/models/knowledge-element.js';
import { CompetenceEntity } from './competence.entity.js';
import { SkillEntity } from './skill.entity.js';

/**
 * Append-only by design: a knowledge element is never updated nor deleted; a later one about the
 * same skill supersedes it (the latest wins), and the history is what the engine observed.
 * `user_id` and `participation_id` point into other contexts' schemas, so no foreign key.
 */
@Entity({ tableName: 'knowledge_elements', schema: 'certification' })
// The latest element of each skill for given people: `distinct on (user_id, skill_id)` walks it.
@Index({
  name: 'knowledge_elements_user_id_skill_id_created_at_index',
  expression: 'create index "knowledge_elements_user_id_skill_id_created_at_index" on "certification"."knowledge_elements" ("user_id", "skill_id", "created_at" desc)',
})
export class KnowledgeElementEntity implements KnowledgeElement {
  [OptionalProps]?: 'earnedPix' | 'participationId';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  // No index of their own: reads go by person (above); skills and competences are never deleted.
  @ManyToOne({ entity: () => SkillEntity, mapToPk: true, fieldName: 'skill_id', index: false })
  skillId!: string;

  @ManyToOne({ entity: () => CompetenceEntity, mapToPk: true, fieldName: 'competence_id', index: false })
  competenceId!: string;

  @Enum({ items: () => KnowledgeElementStatus, type: 'text' })
  status!: KnowledgeElementStatus;

  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number', default: 0 })
  earnedPix: number = 0;

  @Property({ type: 'uuid', nullable: true })
  participationId: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
