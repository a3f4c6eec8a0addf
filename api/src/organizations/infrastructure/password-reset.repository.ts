import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';
import type * as Ports from '../domain/repositories.js';

export class PasswordResetRepository implements Ports.PasswordResetRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Stores a new token for the account, replacing (so invalidating) the previous one, unless an
   * e-mail left less than `intervalSeconds` ago: then nothing changes and the answer is false.
   * One statement, so that of concurrent requests one only wins.
   */
  async replaceIfDue(data: { userId: string; tokenHash: string; expiresAt: Date; now: Date; intervalSeconds: number }): Promise<boolean> {
    const dueBefore = new Date(data.now.getTime() - data.intervalSeconds * 1000);
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into organizations.password_resets (id, user_id, token_hash, expires_at, last_sent_at, used_at)
       values (?, ?, ?, ?, ?, null)
       on conflict (user_id) do update
         set token_hash = excluded.token_hash, expires_at = excluded.expires_at, last_sent_at = excluded.last_sent_at, used_at = null
         where organizations.password_resets.last_sent_at <= ?
       returning id`,
      [randomUUID(), data.userId, data.tokenHash, data.expiresAt, data.now, dueBefore],
    );
    return rows.length === 1;
  }

  /** The account of a live token (known, unexpired, unspent), without spending it. */
  async findUserOfLiveToken(tokenHash: string, now: Date): Promise<string | null> {
    const [row] = await this.em.execute<{ user_id: string }[]>(
      `select user_id from organizations.password_resets where token_hash = ? and used_at is null and expires_at > ?`,
      [tokenHash, now],
    );
    return row?.user_id ?? null;
  }

  /** Spends a live token; of concurrent attempts exactly one gets its account. */
  async spend(tokenHash: string, now: Date): Promise<string | null> {
    const [row] = await this.em.execute<{ user_id: string }[]>(
      `update organizations.password_resets set used_at = ? where token_hash = ? and used_at is null and expires_at > ? returning user_id`,
      [now, tokenHash, now],
    );
    return row?.user_id ?? null;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.em.nativeUpdate(UserEntity, { id: userId }, { passwordHash });
  }

  /** Logs the account out everywhere: every session still open is revoked. */
  async revokeAllSessions(userId: string, now: Date): Promise<number> {
    return this.em.nativeUpdate(SessionEntity, { user: userId, revokedAt: null }, { revokedAt: now });
  }
}
