import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Badge as BadgeModel, BadgeCriterion as BadgeCriterionModel } from '../domain/models/badge.js';
import { BadgeCriterionScope } from './enums.js';

@ObjectType({ description: 'One condition of a badge: a mastery threshold over a scope of its profile.' })
export class BadgeCriterion {
  @Field(() => BadgeCriterionScope)
  scope!: BadgeCriterionScope;

  @Field(() => Int, { description: 'Minimum mastery in percent, reached inclusively (validated × 100 ≥ threshold × skills).' })
  threshold!: number;

  static from(criterion: BadgeCriterionModel): BadgeCriterion {
    return Object.assign(new BadgeCriterion(), { scope: criterion.scope, threshold: criterion.threshold });
  }
}

@ObjectType({ description: 'A badge earned on a target profile when every criterion is met.' })
export class Badge {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Stable key, e.g. 'PIX_EMPLOI_CLEA'." })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => [BadgeCriterion])
  criteria!: BadgeCriterion[];

  static from(badge: BadgeModel): Badge {
    return Object.assign(new Badge(), { id: badge.id, key: badge.key, title: badge.title, message: badge.message, criteria: badge.criteria.map(BadgeCriterion.from) });
  }
}
