import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { IsEmailOnceTrimmed } from '../../shared/graphql/validators.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PartnerScope } from './enums.js';

@InputType()
export class CreatePartnerClientInput {
  @Field(() => String)
  @MinLength(1)
  @MaxLength(255)
  name!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => [String], { nullable: true, description: 'Limit the client to these regions (as the structures\' addresses spell them).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(100, { each: true })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'And/or to these departments (a structure in either list is in scope).' })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(100, { each: true })
  departments?: string[] | null;

  @Field(() => [PartnerScope])
  @ArrayMaxSize(5)
  scopes!: PartnerScope[];

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'At most a year from now; default: a year from now.' })
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailOnceTrimmed()
  @MaxLength(320)
  contactEmail?: string | null;
}

@InputType()
export class RotatePartnerClientSecretInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Hours the current secrets keep working (0 to 168, default 24; 0 after a leak).' })
  overlapHours?: number | null;
}
