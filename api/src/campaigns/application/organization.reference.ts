import { organizationRef, type OrganizationRef } from './references.type.js';

/** The gateway asks for an organisation's campaigns by its id; the wall is checked by the field. */
export function resolveOrganizationReference(reference: { id: string }): OrganizationRef {
  return organizationRef(reference.id);
}
