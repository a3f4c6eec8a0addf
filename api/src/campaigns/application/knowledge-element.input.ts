import { Field, Float, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';

@InputType({ description: 'What the assessment engine established for one skill.' })
export class KnowledgeElementInput {
  @Field(() => ID)
  @MaxLength(100)
  skillId!: string;

  @Field(() => String, { description: 'VALIDATED or INVALIDATED.' })
  @MaxLength(32)
  status!: string;

  @Field(() => Float, { nullable: true, description: "Defaults to the skill's pix value when VALIDATED, 0 when INVALIDATED." })
  earnedPix?: number | null;
}
