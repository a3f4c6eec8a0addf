import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organisation entity, owned by the organizations subgraph; this one adds its campaigns. */
@Directive('@key(fields: "id")')
@ObjectType('Organization')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** People are owned by the organizations subgraph; campaigns only point at them. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}

export const organizationRef = (id: string) => Object.assign(new OrganizationRef(), { id });
export const userRef = (id: string) => Object.assign(new UserRef(), { id });
