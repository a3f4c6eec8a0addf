import type { EntityManager } from '@mikro-orm/postgresql';
import type { Session } from '../domain/models/session.js';
import type { User } from '../domain/models/user.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';
import type * as Ports from '../domain/repositories.js';
import { USER_COLUMNS, userFromRow, type UserRow } from './rows.js';

export class SessionRepository implements Ports.SessionRepository {
  constructor(private readonly em: EntityManager) {}

  async create(data: { id: string; userId: string; refreshTokenHash: string; expiresAt: Date; userAgent?: string; ipAddress?: string }): Promise<Session> {
    const session = this.em.create(SessionEntity, {
      id: data.id,
      user: this.em.getReference(UserEntity, data.userId),
      refreshTokenHash: data.refreshTokenHash,
      expiresAt: data.expiresAt,
      userAgent: data.userAgent?.slice(0, 255) ?? null,
      ipAddress: data.ipAddress?.slice(0, 64) ?? null,
    });
    await this.em.flush();
    return toSession(session);
  }

  /** The session with its user, in one statement: this runs on every authenticated request (plain rows, see rows.ts). */
  async findActiveWithUser(id: string, now: Date): Promise<{ session: Session; user: User } | null> {
    const [row] = await this.em.execute<(UserRow & { session_id: string; expires_at: string; revoked_at: string | null })[]>(
      `select s.id as session_id, s.expires_at, s.revoked_at, ${USER_COLUMNS}
         from organizations.sessions s join organizations.users u on u.id = s.user_id
        where s.id = ? and s.revoked_at is null and s.expires_at > ?`,
      [id, now],
    );
    if (!row) return null;
    const session = { id: row.session_id, userId: row.id, expiresAt: new Date(row.expires_at), revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at) };
    return { session, user: userFromRow(row) };
  }

  /**
   * Swaps the refresh token only if the presented one is still current, atomically: of two
   * concurrent refreshes with the same token, exactly one wins.
   */
  async rotateRefreshToken(id: string, currentHash: string, nextHash: string, now: Date): Promise<boolean> {
    const updated = await this.em.nativeUpdate(
      SessionEntity,
      { id, refreshTokenHash: currentHash, revokedAt: null, expiresAt: { $gt: now } },
      { refreshTokenHash: nextHash, lastRefreshedAt: now },
    );
    return updated === 1;
  }

  async markAsRevoked(id: string, now: Date): Promise<void> {
    await this.em.nativeUpdate(SessionEntity, { id, revokedAt: null }, { revokedAt: now });
  }
}

function toSession(entity: SessionEntity): Session {
  return { id: entity.id, userId: entity.user.id, expiresAt: entity.expiresAt, revokedAt: entity.revokedAt };
}
