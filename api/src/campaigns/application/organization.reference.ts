import { organizationRef, userRef, type OrganizationRef, type UserRef } from './references.type.js';

/** The gateway asks for an organisation's campaigns by its id; the wall is checked by the field. */
export function resolveOrganizationReference(reference: { id: string }): OrganizationRef {
  return organizationRef(reference.id);
}

/** The gateway asks for a person's participations by their id; the field checks who may read them. */
export function resolveUserReference(reference: { id: string }): UserRef {
  return userRef(reference.id);
}
