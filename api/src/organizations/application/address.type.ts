import { Field, ObjectType } from 'type-graphql';
import type { Address } from '../domain/models/address.js';

/**
 * The postal address's fields, declared once for Organization and OrganizationCreationRequest,
 * which extend it. No field returns it, so the schema leaves it out: the parts stay fields of
 * each type (`city`, `postalCode`...) as the contract has always had them.
 */
@ObjectType()
export abstract class AddressFields implements Address {
  @Field(() => String, { nullable: true })
  street!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => String, { nullable: true })
  region!: string | null;
}
