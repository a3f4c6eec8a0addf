import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { User } from './user.type.js';
import type { IssuedTokens } from '../domain/models/session.js';
import type { User as UserModel } from '../domain/models/user.js';

@ObjectType({ description: 'Send the access token as `Authorization: Bearer <accessToken>`; trade the refresh token for new tokens before it expires.' })
export class AuthPayload {
  @Field(() => String)
  accessToken!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the access token stops being accepted.' })
  expiresAt!: Date;

  @Field(() => String, { description: 'Single use: each refresh returns a new one.' })
  refreshToken!: string;

  @Field(() => User)
  user!: User;

  static from(result: IssuedTokens & { user: UserModel }): AuthPayload {
    return Object.assign(new AuthPayload(), { ...result, user: User.from(result.user) });
  }
}
