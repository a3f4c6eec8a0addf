import type { Jurisdiction } from '../../shared/auth/partner-scopes.js';
import type { Principal } from '../../shared/auth/principal.js';
import type { Session } from '../../shared/context.js';
import { networkReadScope, type NetworkReading } from '../domain/network-reader.js';
import { NetworkAccessRepository } from '../infrastructure/network-access.repository.js';
import { TEXT_ARRAY } from '../../shared/database/array-parameters.js';


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

/**
 * Where in this network the caller may read its structures or figures (NOT_FOUND outside it,
 * FORBIDDEN for anyone without a reason to read a network, INSUFFICIENT_SCOPE for a client
 * lacking the scope). A person's grants are read on each request: a revocation holds at once.
 */
export async function networkReadScopeOf(session: Session & { principal: Principal }, networkId: string, reading: NetworkReading): Promise<Jurisdiction> {
  const grants = session.principal.kind === 'user' && !session.principal.supportRole ? await new NetworkAccessRepository(session.em).liveOfUser(session.principal.userId) : [];
  return networkReadScope(session.principal, networkId, reading, grants);
}

/** The structures of a jurisdiction with what figures are grouped by (type, region, department). */
export async function structuresInJurisdiction(session: Session, jurisdiction: Jurisdiction): Promise<{ id: string; name: string; type: string; region: string | null; department: string | null }[]> {
  const narrowed = jurisdiction.regions.length > 0 || jurisdiction.departments.length > 0;
  return session.em.execute(
    `select id, name, type, region, department from organizations.organizations
      where network_id = ? ${narrowed ? `and (region = any(${TEXT_ARRAY}) or department = any(${TEXT_ARRAY}))` : ''}
      order by name collate organizations.french, id`,
    narrowed ? [jurisdiction.networkId, JSON.stringify(jurisdiction.regions), JSON.stringify(jurisdiction.departments)] : [jurisdiction.networkId],
  );
}
