import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import type { Page } from '../../shared/pagination.js';
import type { PartnerClient } from '../domain/models/partner-client.js';
import type * as Ports from '../domain/repositories.js';
import { CLIENT_COLUMNS, clientFromRow, type ClientRow } from './client-rows.js';
import { TEXT_ARRAY } from '../../shared/database/array-parameters.js';


/** Plain SQL over partners.clients and partners.client_secrets (no entity: nothing here needs an identity map). */
export class PartnerClientRepository implements Ports.PartnerClientRepository {
  constructor(private readonly em: EntityManager) {}

  async insert(client: PartnerClient): Promise<void> {
    const { jurisdiction: j } = client;
    await this.em.execute(
      `insert into partners.clients (id, client_id, name, network_id, regions, departments, scopes, contact_email, expires_at, revoked_at, created_at, created_by_id)
       values (?, ?, ?, ?, ${TEXT_ARRAY}, ${TEXT_ARRAY}, ${TEXT_ARRAY}, ?, ?, ?, ?, ?)`,
      [client.id, client.clientId, client.name, j.networkId, JSON.stringify(j.regions), JSON.stringify(j.departments), JSON.stringify(client.scopes), client.contactEmail, client.expiresAt, client.revokedAt, client.createdAt, client.createdById],
    );
  }

  async get(id: string): Promise<PartnerClient> {
    const client = await this.findById(id);
    if (!client) throw new NotFoundError('Client API introuvable.');
    return client;
  }

  async findById(id: string): Promise<PartnerClient | null> {
    const rows = await this.em.execute<ClientRow[]>(`select ${CLIENT_COLUMNS} from partners.clients c where c.id = ?`, [id]);
    return rows[0] ? clientFromRow(rows[0]) : null;
  }

  async findByClientId(clientId: string): Promise<PartnerClient | null> {
    const rows = await this.em.execute<ClientRow[]>(`select ${CLIENT_COLUMNS} from partners.clients c where c.client_id = ?`, [clientId]);
    return rows[0] ? clientFromRow(rows[0]) : null;
  }

  async list(filter: { networkId?: string | null }, page: { first: number; offset: number }): Promise<Page<PartnerClient>> {
    const where = filter.networkId ? 'where c.network_id = ?' : '';
    const params = filter.networkId ? [filter.networkId] : [];
    const rows = await this.em.execute<(ClientRow & { total: string })[]>(
      `select ${CLIENT_COLUMNS}, count(*) over () as total from partners.clients c ${where} order by c.created_at desc, c.id limit ? offset ?`,
      [...params, page.first, page.offset],
    );
    const totalCount = rows[0] ? Number(rows[0].total) : page.offset === 0 ? 0 : await this.count(where, params);
    return { items: rows.map(clientFromRow), totalCount, offset: page.offset };
  }

  private async count(where: string, params: string[]): Promise<number> {
    const [row] = await this.em.execute<{ total: string }[]>(`select count(*) as total from partners.clients c ${where}`, params);
    return Number(row!.total);
  }

  async markRevoked(id: string, at: Date): Promise<void> {
    await this.em.execute('update partners.clients set revoked_at = ? where id = ? and revoked_at is null', [at, id]);
  }

  async markUsed(id: string, at: Date, ip: string): Promise<void> {
    await this.em.execute('update partners.clients set last_used_at = ?, last_used_ip = ? where id = ?', [at, ip.slice(0, 64), id]);
  }

  async insertSecret(partnerClientId: string, secretHash: string, at: Date): Promise<void> {
    await this.em.execute('insert into partners.client_secrets (id, partner_client_id, secret_hash, created_at) values (?, ?, ?, ?)', [randomUUID(), partnerClientId, secretHash, at]);
  }

  async expireSecrets(partnerClientId: string, at: Date, until: Date): Promise<void> {
    await this.em.execute(
      `update partners.client_secrets set expires_at = least(coalesce(expires_at, ?::timestamptz), ?::timestamptz)
        where partner_client_id = ? and (expires_at is null or expires_at > ?)`,
      [until, until, partnerClientId, at],
    );
  }

  async findValidSecret(partnerClientId: string, secretHash: string, at: Date): Promise<Ports.ClientSecretRecord | null> {
    const rows = await this.em.execute<{ id: string; partner_client_id: string; expires_at: string | null }[]>(
      'select id, partner_client_id, expires_at from partners.client_secrets where secret_hash = ? and partner_client_id = ? and (expires_at is null or expires_at > ?)',
      [secretHash, partnerClientId, at],
    );
    const row = rows[0];
    return row ? { id: row.id, partnerClientId: row.partner_client_id, expiresAt: row.expires_at === null ? null : new Date(row.expires_at) } : null;
  }
}
