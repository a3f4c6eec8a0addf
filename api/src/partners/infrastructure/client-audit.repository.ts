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
}
