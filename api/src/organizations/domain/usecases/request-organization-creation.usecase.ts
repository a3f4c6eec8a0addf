import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { CreationRequestAlreadyPendingError } from '../errors.js';
import type { CreationRequest } from '../models/creation-request.js';
import { type Address, addressOf } from '../models/address.js';
import type { OrganizationType } from '../models/organization.js';
import { checkOrganizationFields } from './organization-input.js';

export interface CreationRequestFields extends Partial<Address> {
  name: string;
  type: OrganizationType;
  siret: string;
  networkId?: string | null;
  directorName: string;
  mandateStatement: string;
}

/**
 * A signed-in person asks for a space for their structure (guide p.50); support decides. One
 * request at a time: while one waits, another is CREATION_REQUEST_ALREADY_PENDING (a partial unique
 * index keeps that true for two sent at once).
 */
export async function requestOrganizationCreation(
  { actor, fields }: { actor: UserPrincipal; fields: CreationRequestFields },
  deps: OrganizationsDependencies,
): Promise<CreationRequest> {
  const { siret } = await checkOrganizationFields({ siret: fields.siret, networkId: fields.networkId }, deps);
  if (!siret) throw new InvalidInputError('Le SIRET est obligatoire.', [{ field: 'siret', constraints: ['isNotEmpty'] }]);
  const pending = await deps.creationRequests.findPendingOf(actor.userId);
  if (pending) throw new CreationRequestAlreadyPendingError(pending.id);
  return deps.creationRequests.create(
    {
      requesterId: actor.userId,
      name: fields.name.trim(),
      type: fields.type,
      siret,
      address: addressOf(fields),
      networkId: fields.networkId ?? null,
      directorName: fields.directorName.trim(),
      mandateStatement: fields.mandateStatement.trim(),
    },
    deps.now(),
  );
}
