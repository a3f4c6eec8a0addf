import { assertScope, type Jurisdiction, type PartnerScope } from '../../shared/auth/partner-scopes.js';
import { SupportRole, type Principal } from '../../shared/auth/principal.js';
import { ForbiddenError, NotFoundError } from '../../shared/errors/domain-error.js';
import type { NetworkAccess } from './models/network-access.js';

/** What of a network is being read: its structures, or its figures (results, aggregated). */
export type NetworkReading = 'structures' | 'figures';

const SUPPORT_READERS: Record<NetworkReading, ReadonlySet<SupportRole>> = {
  structures: new Set([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT, SupportRole.METIER]),
  // Figures are the organisations' activity: METIER does not read it (organization-access.ts).
  figures: new Set([SupportRole.SUPER_ADMIN, SupportRole.SUPPORT]),
};
const PARTNER_SCOPE: Record<NetworkReading, PartnerScope> = { structures: 'organizations:read', figures: 'results:read' };

/**
 * Where in a network the caller may read: a partner client its jurisdiction (with the scope), a
 * person granted access to the network theirs, support the whole network. A network outside the
 * caller's answers as an unknown one (NOT_FOUND); anyone else is FORBIDDEN.
 */
export function networkReadScope(principal: Principal, networkId: string, reading: NetworkReading, grants: readonly NetworkAccess[]): Jurisdiction {
  if (principal.kind === 'partner') {
    assertScope(principal, PARTNER_SCOPE[reading]);
    if (principal.jurisdiction.networkId !== networkId) throw new NotFoundError('Réseau introuvable.');
    return principal.jurisdiction;
  }
  if (principal.kind === 'user') {
    if (principal.supportRole && SUPPORT_READERS[reading].has(principal.supportRole)) return { networkId, regions: [], departments: [] };
    const grant = grants.find((access) => access.jurisdiction.networkId === networkId);
    if (grant) return grant.jurisdiction;
    if (grants.length) throw new NotFoundError('Réseau introuvable.');
  }
  throw new ForbiddenError("Les chiffres et les structures d'un réseau se lisent par ses têtes de réseau, ses clients API et le support.");
}
