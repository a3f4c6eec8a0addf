import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import type { NetworkAccess } from '../domain/models/network-access.js';
import type * as Ports from '../domain/repositories.js';
import { TEXT_ARRAY } from '../../shared/database/array-parameters.js';

const COLUMNS = 'id, user_id, network_id, regions, departments, granted_by_id, granted_at, revoked_at';

interface Row {
  id: string;
  user_id: string;
  network_id: string;
  regions: string[];
  departments: string[];
  granted_by_id: string;
  granted_at: string;
  revoked_at: string | null;
}

const fromRow = (row: Row): NetworkAccess => ({
  id: row.id,
  userId: row.user_id,
  jurisdiction: { networkId: row.network_id, regions: row.regions, departments: row.departments },
  grantedById: row.granted_by_id,
  grantedAt: new Date(row.granted_at),
  revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
});

/** Plain SQL over organizations.network_accesses. */
export class NetworkAccessRepository implements Ports.NetworkAccessRepository {
  constructor(private readonly em: EntityManager) {}

  /** The live grant of this person on this network is replaced (new regions), in the caller's transaction. */
  async grant(access: NetworkAccess): Promise<void> {
    await this.em.execute('update organizations.network_accesses set revoked_at = ?, revoked_by_id = ? where user_id = ? and network_id = ? and revoked_at is null', [
      access.grantedAt, access.grantedById, access.userId, access.jurisdiction.networkId,
    ]);
    await this.em.execute(
      `insert into organizations.network_accesses (id, user_id, network_id, regions, departments, granted_by_id, granted_at) values (?, ?, ?, ${TEXT_ARRAY}, ${TEXT_ARRAY}, ?, ?)`,
      [access.id, access.userId, access.jurisdiction.networkId, JSON.stringify(access.jurisdiction.regions), JSON.stringify(access.jurisdiction.departments), access.grantedById, access.grantedAt],
    );
  }

  async get(id: string): Promise<NetworkAccess> {
    const [row] = await this.em.execute<Row[]>(`select ${COLUMNS} from organizations.network_accesses where id = ?`, [id]);
    if (!row) throw new NotFoundError('Accès au réseau introuvable.');
    return fromRow(row);
  }

  async revoke(id: string, by: string, at: Date): Promise<void> {
    await this.em.execute('update organizations.network_accesses set revoked_at = ?, revoked_by_id = ? where id = ? and revoked_at is null', [at, by, id]);
  }

  async liveOfUser(userId: string): Promise<NetworkAccess[]> {
    return (await this.em.execute<Row[]>(`select ${COLUMNS} from organizations.network_accesses where user_id = ? and revoked_at is null order by granted_at`, [userId])).map(fromRow);
  }

  async list(filter: { networkId?: string | null; userId?: string | null }): Promise<NetworkAccess[]> {
    const where = ['revoked_at is null'];
    const params: string[] = [];
    if (filter.networkId) where.push('network_id = ?') && params.push(filter.networkId);
    if (filter.userId) where.push('user_id = ?') && params.push(filter.userId);
    return (await this.em.execute<Row[]>(`select ${COLUMNS} from organizations.network_accesses where ${where.join(' and ')} order by granted_at desc limit 200`, params)).map(fromRow);
  }
}
