import type { Jurisdiction } from '../../../shared/auth/partner-scopes.js';

/** A person's read access to a network, optionally within regions or departments. */
export interface NetworkAccess {
  id: string;
  userId: string;
  jurisdiction: Jurisdiction;
  grantedById: string;
  grantedAt: Date;
  revokedAt: Date | null;
}
