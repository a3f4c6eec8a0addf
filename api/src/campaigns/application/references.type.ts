import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organisation entity, owned by the organizations subgraph; this one adds its campaigns. */
@Directive('@key(fields: "id")')
@ObjectType('Organization')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** People are owned by the organizations subgraph; campaigns point at them and add their participations (support). */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}

/** Networks are owned by the organizations subgraph; campaigns adds the feed of their shared results. */
@Directive('@key(fields: "id")')
@ObjectType('Network')
export class NetworkRef {
  @Field(() => ID)
  id!: string;
}

/**
 * Target profiles are owned by the certification subgraph, which resolves the reference (one
 * batched read a request); campaigns only point at them.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('TargetProfile')
export class TargetProfileRef {
  @Field(() => ID)
  id!: string;
}

export const targetProfileRef = (id: string) => Object.assign(new TargetProfileRef(), { id });
export const organizationRef = (id: string) => Object.assign(new OrganizationRef(), { id });
export const userRef = (id: string) => Object.assign(new UserRef(), { id });
export const networkRef = (id: string) => Object.assign(new NetworkRef(), { id });
