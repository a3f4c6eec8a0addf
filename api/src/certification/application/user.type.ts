import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organizations subgraph's `User`, extended here with the fields this context owns. */
@Directive('@key(fields: "id")')
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  static of(id: string): User {
    return Object.assign(new User(), { id });
  }
}
