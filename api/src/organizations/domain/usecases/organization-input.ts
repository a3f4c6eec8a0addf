import { InvalidInputError, type InvalidField } from '../../../shared/errors/domain-error.js';
import type { NetworkRepository, OrganizationRepository } from '../repositories.js';
import { isValidSiret, normalizeSiret } from '../models/siret.js';

/** Rules shared by creating and editing an organisation and by creation requests. */
export async function checkOrganizationFields(
  fields: { siret?: string | null; networkId?: string | null; parentId?: string | null; selfId?: string },
  repositories: { organizations: OrganizationRepository; networks: NetworkRepository },
): Promise<{ siret: string | null | undefined }> {
  const problems: InvalidField[] = [];
  const siret = fields.siret === undefined || fields.siret === null ? fields.siret : normalizeSiret(fields.siret) || null;
  if (siret && !isValidSiret(siret)) problems.push({ field: 'siret', constraints: ['siret'] });
  if (fields.networkId) {
    const [network] = await repositories.networks.findByIds([fields.networkId]);
    if (!network) problems.push({ field: 'networkId', constraints: ['exists'] });
  }
  if (fields.parentId) {
    const [parent] = await repositories.organizations.findByIds([fields.parentId]);
    // One level only: a parent has no parent, and an organisation with children has no parent.
    if (!parent || parent.parentId || parent.id === fields.selfId) problems.push({ field: 'parentId', constraints: ['oneLevel'] });
    else if (fields.selfId && (await repositories.organizations.hasChildren(fields.selfId))) {
      problems.push({ field: 'parentId', constraints: ['oneLevel'] });
    }
  }
  if (problems.length) throw new InvalidInputError('Les données envoyées sont invalides.', problems);
  return { siret };
}
