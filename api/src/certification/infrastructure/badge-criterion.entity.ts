import { Check, Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { BadgeCriterionScope } from '../domain/models/badge.js';
import { BadgeEntity } from './badge.entity.js';

/** One condition of a badge: a mastery threshold, in percent, over a scope of its profile's skills. */
@Entity({ tableName: 'badge_criteria', schema: 'certification' })
@Check({ name: 'badge_criteria_threshold_check', expression: 'threshold >= 0 and threshold <= 100' })
export class BadgeCriterionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => BadgeEntity, mapToPk: true, fieldName: 'badge_id', deleteRule: 'cascade', index: 'badge_criteria_badge_id_index' })
  badgeId!: string;

  @Enum({ items: () => BadgeCriterionScope, type: 'text' })
  scope!: BadgeCriterionScope;

  @Property({ type: 'smallint' })
  threshold!: number;
}
