import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Networks are owned by the organizations subgraph, which resolves the reference; clients only point at them. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Network')
export class NetworkRef {
  @Field(() => ID)
  id!: string;
}

export const networkRef = (id: string) => Object.assign(new NetworkRef(), { id });
