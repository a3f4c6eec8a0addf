import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { NetworkAccess as NetworkAccessModel } from '../domain/models/network-access.js';

@ObjectType({ description: "A person's read access to a network: its figures and structures, within regions or departments when given." })
export class NetworkAccess {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => [String], { description: 'With `departments`: a structure in either list is in scope; both empty: the whole network.' })
  regions!: string[];

  @Field(() => [String])
  departments!: string[];

  @Field(() => GraphQLDateTimeISO)
  grantedAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  revokedAt!: Date | null;

  static from(access: NetworkAccessModel): NetworkAccess {
    return Object.assign(new NetworkAccess(), {
      id: access.id,
      userId: access.userId,
      networkId: access.jurisdiction.networkId,
      regions: [...access.jurisdiction.regions],
      departments: [...access.jurisdiction.departments],
      grantedAt: access.grantedAt,
      revokedAt: access.revokedAt,
    });
  }
}

@InputType()
export class GrantNetworkAccessInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(64, { each: true })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @MaxLength(64, { each: true })
  departments?: string[] | null;
}
