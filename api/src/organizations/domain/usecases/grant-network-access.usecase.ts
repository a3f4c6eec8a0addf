import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { InvalidInputError, type InvalidField } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import type { NetworkAccess } from '../models/network-access.js';
import { recordSupportAction } from './record-support-action.js';

const MAX_PLACES = 200;

/**
 * SUPER_ADMIN gives a person read access to a network (its figures and structures), optionally
 * within regions or departments. A second grant on the same network replaces the first. Audited.
 */
export async function grantNetworkAccess(
  input: { userId: string; networkId: string; regions?: string[] | null; departments?: string[] | null },
  actor: UserPrincipal,
  deps: OrganizationsDependencies & { newId: () => string },
): Promise<NetworkAccess> {
  const problems: InvalidField[] = [];
  const places = (values: string[] | null | undefined, field: string) => {
    const trimmed = [...new Set((values ?? []).map((value) => value.trim()))];
    if (trimmed.length > MAX_PLACES || trimmed.some((value) => !value || value.length > 64)) problems.push({ field, constraints: ['places'] });
    return trimmed;
  };
  const regions = places(input.regions, 'regions');
  const departments = places(input.departments, 'departments');
  if (problems.length) throw new InvalidInputError("L'accès au réseau est mal décrit.", problems);
  await deps.users.get(input.userId);
  await deps.networks.get(input.networkId);
  const access: NetworkAccess = { id: deps.newId(), userId: input.userId, jurisdiction: { networkId: input.networkId, regions, departments }, grantedById: actor.userId, grantedAt: deps.now(), revokedAt: null };
  return deps.transaction(async (tx) => {
    await tx.networkAccesses.grant(access);
    await recordSupportAction(tx, actor, 'NETWORK_ACCESS_GRANTED', { type: 'User', id: access.userId }, null, { networkId: access.jurisdiction.networkId, regions, departments });
    return access;
  });
}
