import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { Network as NetworkModel } from '../domain/models/organization.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A national network of structures (UNML, France Travail, Cheops, Réseau E2C France, EPIDE).' })
export class Network {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  static from(network: NetworkModel): Network {
    return Object.assign(new Network(), { id: network.id, code: network.code, name: network.name });
  }
}
