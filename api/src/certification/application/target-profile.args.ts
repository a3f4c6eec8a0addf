import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class TargetProfilesArgs {
  @Field(() => ID, { description: 'The organisation the campaign would belong to: the caller must be a member (or support).' })
  organizationId!: string;

  @Field(() => Int, { nullable: true, description: 'At most 100; 100 by default (a select list).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
