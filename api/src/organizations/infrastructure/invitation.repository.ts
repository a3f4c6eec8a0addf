import { InvitationNotFoundError } from '../domain/errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Invitation, InvitationStatus } from '../domain/models/invitation.js';
import type { MembershipRole } from '../domain/models/membership.js';
import { InvitationEntity } from './invitation.entity.js';
import type * as Ports from '../domain/repositories.js';

export class InvitationRepository implements Ports.InvitationRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<Invitation> {
    // Always read afresh: invitations change through conditional updates that bypass the identity map.
    const invitation = await this.em.findOne(InvitationEntity, { id }, { refresh: true });
    if (!invitation) throw new InvitationNotFoundError();
    return invitation;
  }

  async findByIds(ids: readonly string[]): Promise<Invitation[]> {
    return this.em.find(InvitationEntity, { id: { $in: [...ids] } });
  }

  /** Public look-up: without the right code, an invitation does not exist. */
  async getByIdAndCode(id: string, code: string): Promise<Invitation> {
    const invitation = await this.em.findOne(InvitationEntity, { id, code: code.trim().toUpperCase() });
    if (!invitation) throw new InvitationNotFoundError();
    return invitation;
  }

  /** The invitation still pending for this address in this organisation, if any. */
  async findPending(organizationId: string, email: string): Promise<Invitation | null> {
    return this.em.findOne(InvitationEntity, { organizationId, email: email.trim().toLowerCase(), status: InvitationStatus.PENDING }, { refresh: true });
  }

  async listByOrganizationIds(organizationIds: readonly string[], status: InvitationStatus | null): Promise<Invitation[]> {
    return this.em.find(
      InvitationEntity,
      { organizationId: { $in: [...organizationIds] }, ...(status ? { status } : {}) },
      { orderBy: { updatedAt: 'desc', id: 'asc' } },
    );
  }

  /**
   * Creates the pending invitation, or renews the one already pending for this address (same id
   * and code, fresh date and expiry): that is how "resend" works. Atomic thanks to the partial
   * unique index, so concurrent invites of one address end with one invitation.
   */
  async createOrRenewPending(
    data: { organizationId: string; email: string; role: MembershipRole | null; code: string; expiresAt: Date },
    now: Date,
  ): Promise<Invitation> {
    return (await this.createOrRenewPendingOnce(data, now, 0)).invitation;
  }

  /**
   * As createOrRenewPending, but an invitation pending for this address whose e-mail went out less
   * than `resendIntervalSeconds` ago is left unchanged (`sent: false`: send nothing). One statement:
   * of concurrent calls, the unique index makes the others wait for the first, which they then see.
   */
  async createOrRenewPendingOnce(
    data: { organizationId: string; email: string; role: MembershipRole | null; code: string; expiresAt: Date },
    now: Date,
    resendIntervalSeconds: number,
  ): Promise<{ invitation: Invitation; sent: boolean }> {
    const dueBefore = new Date(now.getTime() - resendIntervalSeconds * 1000);
    // em.execute runs inside the caller's transaction (getConnection().execute would take another connection).
    const [row] = await this.em.execute<InvitationRow[]>(
      `insert into organizations.invitations (id, organization_id, email, code, role, status, created_at, updated_at, expires_at, last_sent_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)
       on conflict (organization_id, email) where status = 'PENDING'
       do update set updated_at = excluded.updated_at, expires_at = excluded.expires_at, last_sent_at = excluded.last_sent_at,
                     role = coalesce(excluded.role, invitations.role)
       where invitations.last_sent_at <= ?
       returning *`,
      [data.organizationId, data.email, data.code, data.role, now, now, data.expiresAt, now, dueBefore],
    );
    if (row) return { invitation: toInvitation(row), sent: true };
    // The conflicting row is locked by the statement above: read it as it stands.
    const pending = await this.em.findOneOrFail(InvitationEntity, { organizationId: data.organizationId, email: data.email, status: InvitationStatus.PENDING }, { refresh: true });
    return { invitation: pending, sent: false };
  }

  /** Renews a pending invitation (fresh expiry, sent now) unless its e-mail went out less than the interval ago; null then. */
  async renewIfDue(id: string, expiresAt: Date, now: Date, resendIntervalSeconds: number): Promise<Invitation | null> {
    const dueBefore = new Date(now.getTime() - resendIntervalSeconds * 1000);
    const [row] = await this.em.execute<InvitationRow[]>(
      `update organizations.invitations set updated_at = ?, expires_at = ?, last_sent_at = ?
       where id = ? and status = 'PENDING' and last_sent_at <= ?
       returning *`,
      [now, expiresAt, now, id, dueBefore],
    );
    return row ? toInvitation(row) : null;
  }

  /** Spends a pending, unexpired invitation; of concurrent attempts exactly one gets true. */
  async markAsAccepted(id: string, userId: string, now: Date): Promise<boolean> {
    const updated = await this.em.nativeUpdate(
      InvitationEntity,
      { id, status: InvitationStatus.PENDING, expiresAt: { $gt: now } },
      { status: InvitationStatus.ACCEPTED, acceptedAt: now, acceptedById: userId, updatedAt: now },
    );
    return updated === 1;
  }

  async markAsCancelled(id: string, now: Date): Promise<boolean> {
    const updated = await this.em.nativeUpdate(
      InvitationEntity,
      { id, status: InvitationStatus.PENDING },
      { status: InvitationStatus.CANCELLED, cancelledAt: now, updatedAt: now },
    );
    return updated === 1;
  }

  async cancelPendingOfOrganization(organizationId: string, now: Date): Promise<number> {
    return this.em.nativeUpdate(
      InvitationEntity,
      { organizationId, status: InvitationStatus.PENDING },
      { status: InvitationStatus.CANCELLED, cancelledAt: now, updatedAt: now },
    );
  }
}

interface InvitationRow {
  id: string;
  organization_id: string;
  email: string;
  code: string;
  role: MembershipRole | null;
  status: InvitationStatus;
  created_at: Date;
  updated_at: Date;
  expires_at: Date;
  last_sent_at: Date;
  accepted_at: Date | null;
  cancelled_at: Date | null;
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    code: row.code,
    role: row.role,
    status: row.status,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    expiresAt: new Date(row.expires_at),
    lastSentAt: new Date(row.last_sent_at),
    acceptedAt: row.accepted_at ? new Date(row.accepted_at) : null,
    cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : null,
  };
}
