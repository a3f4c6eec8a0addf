import type { PartnerScope } from '../../shared/auth/partner-scopes.js';
import type { PartnerClient } from '../domain/models/partner-client.js';

/** MikroORM's connection reads timestamps as text (organizations/infrastructure/rows.ts). */
type Timestamp = string | Date;
const dateOrNull = (value: Timestamp | null): Date | null => (value === null ? null : new Date(value));

export const CLIENT_COLUMNS =
  'c.id, c.client_id, c.name, c.network_id, c.regions, c.departments, c.scopes, c.contact_email, c.expires_at, c.revoked_at, c.last_used_at, c.last_used_ip, c.created_at, c.created_by_id';

export interface ClientRow {
  id: string;
  client_id: string;
  name: string;
  network_id: string;
  regions: string[];
  departments: string[];
  scopes: PartnerScope[];
  contact_email: string | null;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  last_used_ip: string | null;
  created_at: Timestamp;
  created_by_id: string | null;
}

export function clientFromRow(row: ClientRow): PartnerClient {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    jurisdiction: { networkId: row.network_id, regions: row.regions, departments: row.departments },
    scopes: row.scopes,
    contactEmail: row.contact_email,
    expiresAt: new Date(row.expires_at),
    revokedAt: dateOrNull(row.revoked_at),
    lastUsedAt: dateOrNull(row.last_used_at),
    lastUsedIp: row.last_used_ip,
    createdAt: new Date(row.created_at),
    createdById: row.created_by_id,
  };
}
