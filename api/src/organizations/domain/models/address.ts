/**
 * A structure's postal address, a value object: an organisation and a request for one hold it
 * alike, and approving a request copies it whole. Every part is optional (support fills in what
 * it knows); a part not given is null, never an empty record.
 */
export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  department: string | null;
  region: string | null;
}

export const ADDRESS_PARTS = ['street', 'postalCode', 'city', 'department', 'region'] as const satisfies readonly (keyof Address)[];

/** The address a form gives, a part left out being unknown. */
export function addressOf(parts: Partial<Address>): Address {
  return {
    street: parts.street ?? null,
    postalCode: parts.postalCode ?? null,
    city: parts.city ?? null,
    department: parts.department ?? null,
    region: parts.region ?? null,
  };
}

/** The address once the parts given are changed (a part left out stays; null clears it); null when no part is given. */
export function changedAddress(address: Address, parts: Partial<Address>): Address | null {
  const given = ADDRESS_PARTS.filter((part) => parts[part] !== undefined);
  if (!given.length) return null;
  return { ...address, ...Object.fromEntries(given.map((part) => [part, parts[part]])) };
}
