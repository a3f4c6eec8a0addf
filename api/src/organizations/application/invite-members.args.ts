import { ArgsType, Field, ID } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { MembershipRole } from './enums.js';

@ArgsType()
export class InviteMembersArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => [String], { description: 'Trimmed, lower-cased and de-duplicated.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @MaxLength(320, { each: true })
  emails!: string[];

  @Field(() => MembershipRole, { nullable: true, description: 'Null: ADMIN for the first member, else MEMBER.' })
  role?: MembershipRole | null;
}
