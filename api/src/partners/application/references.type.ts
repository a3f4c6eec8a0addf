import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Networks are owned by the organizations subgraph; this one adds their events (Network.events). */
@Directive('@key(fields: "id")')
@ObjectType('Network')
export class NetworkRef {
  @Field(() => ID)
  id!: string;
}

export const networkRef = (id: string) => Object.assign(new NetworkRef(), { id });
