import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganizationType } from './enums.js';

@InputType({ description: "Narrows a network's structures; every part given must match." })
export class NetworkOrganizationsFilter {
  @Field(() => OrganizationType, { nullable: true })
  type?: OrganizationType | null;

  @Field(() => String, { nullable: true, description: "As the structures' addresses spell it." })
  @IsOptional()
  @MaxLength(64)
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(255)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: archived only; false: active only; null: both.' })
  archived?: boolean | null;
}
