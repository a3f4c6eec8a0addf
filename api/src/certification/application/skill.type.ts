import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Skill as SkillModel } from '../domain/models/referential.js';

@ObjectType({ description: 'A skill ("acquis") of a competence, at a level from 1 to 8.' })
export class Skill {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Topic and level, e.g. '@rechercheInfo1'." })
  name!: string;

  @Field(() => Int)
  level!: number;

  @Field(() => Float, { description: 'Pix earned when the skill is validated (two decimals).' })
  pixValue!: number;

  @Field(() => String, { nullable: true, description: 'What the skill is about, in French.' })
  topic!: string | null;

  static from(skill: SkillModel): Skill {
    return Object.assign(new Skill(), { id: skill.id, name: skill.name, level: skill.level, pixValue: skill.pixValue, topic: skill.topic });
  }
}
