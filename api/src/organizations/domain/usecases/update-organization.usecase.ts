import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { changedAddress } from '../models/address.js';
import type { Organization } from '../models/organization.js';
import type { NewOrganization } from '../repositories.js';
import type { OrganizationFields } from './create-organization.usecase.js';
import { checkOrganizationFields } from './organization-input.js';
import { recordSupportAction } from './record-support-action.js';

/** Support edits a space; fields left out stay as they are. */
export async function updateOrganization(
  { actor, id, fields }: { actor: UserPrincipal; id: string; fields: Partial<OrganizationFields> },
  deps: OrganizationsDependencies,
): Promise<Organization> {
  const current = await deps.organizations.get(id);
  // A copy of the address too: the ORM may change the stored one in place.
  const before = { ...current, address: { ...current.address } };
  const { siret } = await checkOrganizationFields({ ...fields, selfId: id }, deps);
  const { street, postalCode, city, department, region, ...others } = fields;
  const patch: Partial<NewOrganization> = Object.fromEntries(Object.entries({ ...others, siret }).filter(([, value]) => value !== undefined));
  if (typeof patch.name === 'string') patch.name = patch.name.trim();
  const address = changedAddress(before.address, { street, postalCode, city, department, region });
  if (address) patch.address = address;
  return deps.transaction(async (tx) => {
    const after = await tx.organizations.update(id, patch);
    await recordSupportAction(tx, actor, 'ORGANIZATION_UPDATED', { type: 'Organization', id }, before, after);
    return after;
  });
}
