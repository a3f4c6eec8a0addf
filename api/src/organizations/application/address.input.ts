import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { Address } from '../domain/models/address.js';

/**
 * The postal address's input fields and their limits (the columns' lengths), declared once for
 * the organisation inputs and the creation request's, which extend it. No argument takes it, so
 * the schema leaves it out: the parts stay fields of each input.
 */
@InputType()
export abstract class AddressInput implements Partial<Address> {
  @Field(() => String, { nullable: true })
  @MaxLength(255)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(10)
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(255)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  department?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  region?: string | null;
}
