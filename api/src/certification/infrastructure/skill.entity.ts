import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Skill } from '../domain/models/referential.js';
import { CompetenceEntity } from './competence.entity.js';

/** The skills ("acquis") of each competence; seeded from the guide's content tables. */
@Entity({ tableName: 'skills', schema: 'certification' })
@Check({ name: 'skills_level_check', expression: 'level >= 1 and level <= 8' })
export class SkillEntity implements Skill {
  [OptionalProps]?: 'topic';

  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne({ entity: () => CompetenceEntity, mapToPk: true, fieldName: 'competence_id', index: 'skills_competence_id_index' })
  competenceId!: string;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'smallint' })
  level!: number;

  /** Same precision as a knowledge element's earned pix, which copies it. */
  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  pixValue!: number;

  @Property({ type: 'text', nullable: true })
  topic: string | null = null;
}
