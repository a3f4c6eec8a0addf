import { Embeddable, Property } from '@mikro-orm/core';
import type { Address } from '../domain/models/address.js';

/**
 * The postal address as an organisation and a creation request store it: embedded without a
 * prefix, so its parts are the tables' own `street`, `postal_code`, `city`, `department` and
 * `region` columns, as the first migration made them.
 */
@Embeddable()
export class AddressEmbeddable implements Address {
  @Property({ type: 'string', length: 255, nullable: true })
  street: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  postalCode: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  city: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  department: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  region: string | null = null;
}
