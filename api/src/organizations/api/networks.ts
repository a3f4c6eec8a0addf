import type { Jurisdiction } from '../../shared/auth/partner-scopes.js';
import type { Session } from '../../shared/context.js';

/** A text[] bound as one JSON parameter (an array parameter is expanded into a list, for `in (?)`). */
const TEXT_ARRAY = 'array(select jsonb_array_elements_text(?::jsonb))';

/** Whether a network with this id exists (a partner client is created for one). */
export async function networkExists(session: Session, networkId: string): Promise<boolean> {
  const rows = await session.em.execute<{ found: number }[]>('select 1 as found from organizations.networks where id = ?', [networkId]);
  return rows.length > 0;
}

/**
 * The structures a partner client may read: its network's, narrowed to its regions or
 * departments when it has any (a structure is in when its region or its department is listed).
 * Archived structures stay in: their shared results are still the network's history.
 */
export async function organizationIdsInJurisdiction(session: Session, jurisdiction: Jurisdiction): Promise<string[]> {
  const narrowed = jurisdiction.regions.length > 0 || jurisdiction.departments.length > 0;
  const rows = await session.em.execute<{ id: string }[]>(
    `select id from organizations.organizations
      where network_id = ? ${narrowed ? `and (region = any(${TEXT_ARRAY}) or department = any(${TEXT_ARRAY}))` : ''}`,
    narrowed ? [jurisdiction.networkId, JSON.stringify(jurisdiction.regions), JSON.stringify(jurisdiction.departments)] : [jurisdiction.networkId],
  );
  return rows.map((row) => row.id);
}

/** Where a structure is, as partner jurisdictions read it (null when unknown). */
export async function structureLocation(session: Session, organizationId: string): Promise<{ networkId: string | null; region: string | null; department: string | null } | null> {
  const [row] = await session.em.execute<{ network_id: string | null; region: string | null; department: string | null }[]>(
    'select network_id, region, department from organizations.organizations where id = ?',
    [organizationId],
  );
  return row ? { networkId: row.network_id, region: row.region, department: row.department } : null;
}
