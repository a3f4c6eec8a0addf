import { networkRef, organizationRef, userRef, type NetworkRef, type OrganizationRef, type UserRef } from './references.type.js';

/** The gateway asks for an organisation's campaigns by its id; the wall is checked by the field. */
export function resolveOrganizationReference(reference: { id: string }): OrganizationRef {
  return organizationRef(reference.id);
}

/** The gateway asks for a person's participations by their id; the field checks who may read them. */
export function resolveUserReference(reference: { id: string }): UserRef {
  return userRef(reference.id);
}

/** The gateway asks for a network's shared results by its id; the field checks the client. */
export function resolveNetworkReference(reference: { id: string }): NetworkRef {
  return networkRef(reference.id);
}
