import { InsufficientScopeError } from '../errors/domain-error.js';

/**
 * What a partner network's API client may be granted (OAuth 2.0 scopes, space-separated on the
 * wire). Shared because the principal carries them and every context checks its own.
 */
export const PARTNER_SCOPES = ['organizations:read', 'campaigns:read', 'results:read', 'results:identity', 'webhooks:manage'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export function isPartnerScope(value: string): value is PartnerScope {
  return (PARTNER_SCOPES as readonly string[]).includes(value);
}

/**
 * Where a client may read: its network, optionally narrowed to regions or departments (a
 * structure is in scope when its region or its department is listed; no list: the whole network).
 */
export interface Jurisdiction {
  networkId: string;
  regions: readonly string[];
  departments: readonly string[];
}

export function covers(jurisdiction: Jurisdiction, structure: { networkId: string | null; region: string | null; department: string | null }): boolean {
  if (structure.networkId !== jurisdiction.networkId) return false;
  if (!jurisdiction.regions.length && !jurisdiction.departments.length) return true;
  return (structure.region !== null && jurisdiction.regions.includes(structure.region)) || (structure.department !== null && jurisdiction.departments.includes(structure.department));
}

/** INSUFFICIENT_SCOPE unless the client's token carries this scope. */
export function assertScope(principal: { scopes: readonly PartnerScope[] }, scope: PartnerScope): void {
  if (!principal.scopes.includes(scope)) throw new InsufficientScopeError(scope);
}
