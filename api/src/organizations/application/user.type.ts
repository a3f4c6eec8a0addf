import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { SupportRole } from './support-role.enum.js';
import type { User as UserModel } from '../domain/models/user.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person with an account: advisor, structure administrator, participant or support agent.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => SupportRole, { nullable: true, description: 'Set for support agents only.' })
  supportRole!: SupportRole | null;

  @Field(() => Boolean, { description: 'False until the person accepts the terms of service (asked at first login).' })
  hasAcceptedTermsOfService!: boolean;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;

  static from(user: UserModel): User {
    return Object.assign(new User(), {
      id: user.id,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      supportRole: user.supportRole,
      hasAcceptedTermsOfService: user.termsAcceptedAt !== null,
      createdAt: user.createdAt,
    });
  }
}
