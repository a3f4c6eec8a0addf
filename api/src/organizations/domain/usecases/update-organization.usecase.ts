import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { Organization } from '../models/organization.js';
import type { OrganizationFields } from './create-organization.usecase.js';
import { checkOrganizationFields } from './organization-input.js';
import { recordSupportAction } from './record-support-action.js';

/** Support edits a space; fields left out stay as they are. */
export async function updateOrganization(
  { actor, id, fields }: { actor: UserPrincipal; id: string; fields: Partial<OrganizationFields> },
  deps: OrganizationsDependencies,
): Promise<Organization> {
  const before = { ...(await deps.organizations.get(id)) };
  const { siret } = await checkOrganizationFields({ ...fields, selfId: id }, deps);
  const patch = Object.fromEntries(Object.entries({ ...fields, siret }).filter(([, value]) => value !== undefined));
  if (typeof patch.name === 'string') patch.name = patch.name.trim();
  return deps.transaction(async (tx) => {
    const after = await tx.organizations.update(id, patch);
    await recordSupportAction(tx, actor, 'ORGANIZATION_UPDATED', { type: 'Organization', id }, before, after);
    return after;
  });
}
