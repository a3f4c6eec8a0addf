import type { EntityManager } from '@mikro-orm/postgresql';
import type * as Ports from '../domain/repositories.js';

/** The trail of every use and refusal of a client (partners.client_audit), in the caller's transaction. */
export class ClientAuditRepository implements Ports.ClientAuditTrail {
  constructor(private readonly em: EntityManager) {}

  async record(entry: Ports.ClientAuditEntry, at: Date): Promise<void> {
    await this.em.execute(
      'insert into partners.client_audit (partner_client_id, given_client_id, action, outcome, ip, actor_user_id, at) values (?, ?, ?, ?, ?, ?, ?)',
      [entry.partnerClientId, entry.givenClientId?.slice(0, 64) ?? null, entry.action, entry.outcome.slice(0, 32), entry.ip?.slice(0, 64) ?? null, entry.actorUserId, at],
    );
  }

  async list(partnerClientId: string, first: number): Promise<(Ports.ClientAuditEntry & { at: Date })[]> {
    const rows = await this.em.execute<{ partner_client_id: string | null; given_client_id: string | null; action: Ports.ClientAuditAction; outcome: string; ip: string | null; actor_user_id: string | null; at: string }[]>(
      'select partner_client_id, given_client_id, action, outcome, ip, actor_user_id, at from partners.client_audit where partner_client_id = ? order by at desc, id desc limit ?',
      [partnerClientId, first],
    );
    return rows.map((row) => ({
      partnerClientId: row.partner_client_id,
      givenClientId: row.given_client_id,
      action: row.action,
      outcome: row.outcome,
      ip: row.ip,
      actorUserId: row.actor_user_id,
      at: new Date(row.at),
    }));
  }
}
