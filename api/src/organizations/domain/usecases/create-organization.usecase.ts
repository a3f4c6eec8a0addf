import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { type Address, addressOf } from '../models/address.js';
import { DEFAULT_DOCUMENTATION_URL, type Organization, type OrganizationType } from '../models/organization.js';
import { checkOrganizationFields } from './organization-input.js';
import { recordSupportAction } from './record-support-action.js';

/** As the form gives them: the address's parts among the other fields. */
export interface OrganizationFields extends Partial<Address> {
  name: string;
  type: OrganizationType;
  networkId?: string | null;
  parentId?: string | null;
  externalId?: string | null;
  siret?: string | null;
  documentationUrl?: string | null;
  isCertificationCenter?: boolean | null;
}

/** Support creates a space directly (authorised at the edge: SUPER_ADMIN, SUPPORT, METIER). */
export async function createOrganization(
  { actor, fields }: { actor: UserPrincipal; fields: OrganizationFields },
  deps: OrganizationsDependencies,
): Promise<Organization> {
  const { siret } = await checkOrganizationFields(fields, deps);
  return deps.transaction(async (tx) => {
    const organization = await tx.organizations.create({
      name: fields.name.trim(),
      type: fields.type,
      networkId: fields.networkId ?? null,
      parentId: fields.parentId ?? null,
      externalId: fields.externalId?.trim() || null,
      siret: siret ?? null,
      address: addressOf(fields),
      documentationUrl: fields.documentationUrl || DEFAULT_DOCUMENTATION_URL,
      isCertificationCenter: fields.isCertificationCenter ?? false,
      createdById: actor.userId,
    });
    await recordSupportAction(tx, actor, 'ORGANIZATION_CREATED', { type: 'Organization', id: organization.id }, null, organization);
    return organization;
  });
}
