import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { MembershipRole } from './enums.js';
import { Connection } from '../../shared/graphql/connection.js';
import type { Membership as MembershipModel } from '../domain/models/membership.js';

@ObjectType({ description: "A person's place in an organisation's team." })
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  organizationId!: string;
  userId!: string;

  static from(membership: MembershipModel): Membership {
    return Object.assign(new Membership(), {
      id: membership.id,
      role: membership.role,
      createdAt: membership.createdAt,
      organizationId: membership.organizationId,
      userId: membership.userId,
    });
  }
}

@ObjectType()
export class MembershipConnection extends Connection(Membership, 'Membership') {}
