import type { UserPrincipal } from '../../../shared/auth/principal.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import type { OrganizationsDependencies } from '../dependencies.js';
import { InvitationNotFoundError, MembershipNotFoundError, OrganizationNotFoundError } from '../errors.js';
import type { AuditEntry } from '../models/audit-entry.js';
import { type Invitation, InvitationStatus, isExpired } from '../models/invitation.js';
import { type Membership, MembershipRole } from '../models/membership.js';
import type { Organization } from '../models/organization.js';
import type { User } from '../models/user.js';
import { type AccessLookup, OrganizationAccess } from '../organization-access.js';
import type { OutgoingMail } from '../mailer.js';
import type { InvitationRepository, MembershipRepository, OrganizationRepository, UserRepository } from '../repositories.js';
import { NOW } from './builders.js';

/**
 * The organizations ports over plain arrays, for unit tests of use cases: enough of each
 * repository for the team use cases (organisations, memberships, invitations, users, audit trail,
 * outbox). A method no unit test needs throws "not faked": what it does is PostgreSQL's business
 * and the integration tests' (locks, unique indexes, rollbacks). `transaction` runs the work over
 * the same arrays, without rollback.
 */
export interface OrganizationsWorld {
  organizations: Organization[];
  memberships: Membership[];
  invitations: Invitation[];
  users: User[];
  auditLog: Omit<AuditEntry, 'id' | 'createdAt'>[];
  outbox: OutgoingMail[];
}

const notFaked = (name: string) => (): never => {
  throw new Error(`${name} is not faked in memory: cover it with an integration test`);
};

export function inMemoryOrganizations(seed: Partial<OrganizationsWorld> = {}, { now = NOW }: { now?: Date } = {}) {
  const world: OrganizationsWorld = { organizations: [], memberships: [], invitations: [], users: [], auditLog: [], outbox: [], ...seed };
  let sequence = 0;
  const newId = (prefix: string) => `${prefix}-in-memory-${(sequence += 1)}`;

  const findOrganization = (id: string) => {
    const organization = world.organizations.find((candidate) => candidate.id === id);
    if (!organization) throw new OrganizationNotFoundError();
    return organization;
  };
  const active = (organizationId: string) => world.memberships.filter((m) => m.organizationId === organizationId && m.disabledAt === null);
  const activeById = (id: string) => {
    const membership = world.memberships.find((candidate) => candidate.id === id && candidate.disabledAt === null);
    if (!membership) throw new MembershipNotFoundError();
    return membership;
  };
  const invitationById = (id: string) => {
    const invitation = world.invitations.find((candidate) => candidate.id === id);
    if (!invitation) throw new InvitationNotFoundError();
    return invitation;
  };
  const pendingFor = (organizationId: string, email: string) =>
    world.invitations.find((i) => i.organizationId === organizationId && i.email === email && i.status === InvitationStatus.PENDING) ?? null;

  const organizations: OrganizationRepository = {
    get: async (id) => ({ ...findOrganization(id) }),
    getForUpdate: async (id) => ({ ...findOrganization(id) }),
    findByIds: async (ids) => world.organizations.filter((organization) => ids.includes(organization.id)),
    create: notFaked('organizations.create'),
    update: notFaked('organizations.update'),
    markAsArchived: async (id, by, at) => Object.assign(findOrganization(id), { archivedAt: at, archivedById: by }),
    hasChildren: notFaked('organizations.hasChildren'),
    search: notFaked('organizations.search'),
  };

  const memberships: MembershipRepository = {
    getActive: async (id) => ({ ...activeById(id) }),
    findActive: async (organizationId, userId) => active(organizationId).find((m) => m.userId === userId) ?? null,
    findActiveByUserIds: async (userIds) => world.memberships.filter((m) => m.disabledAt === null && userIds.includes(m.userId)),
    countActiveAdmins: async (organizationId) => active(organizationId).filter((m) => m.role === MembershipRole.ADMIN).length,
    countActive: async (organizationId) => active(organizationId).length,
    listMembers: notFaked('memberships.listMembers'),
    create: async ({ organizationId, userId, role }, at) => {
      const membership: Membership = { id: newId('membership'), organizationId, userId, role, createdAt: at, updatedAt: at, disabledAt: null };
      world.memberships.push(membership);
      return { ...membership };
    },
    updateRole: async (id, role, at) => ({ ...Object.assign(activeById(id), { role, updatedAt: at }) }),
    markAsDisabled: async (id, at) => {
      activeById(id).disabledAt = at;
    },
  };

  const renew = (invitation: Invitation, expiresAt: Date, at: Date) => Object.assign(invitation, { expiresAt, lastSentAt: at, updatedAt: at });
  const invitations: InvitationRepository = {
    get: async (id) => ({ ...invitationById(id) }),
    findByIds: async (ids) => world.invitations.filter((invitation) => ids.includes(invitation.id)),
    getByIdAndCode: async (id, code) => {
      const invitation = invitationById(id);
      if (invitation.code !== code) throw new InvitationNotFoundError();
      return { ...invitation };
    },
    findPending: async (organizationId, email) => pendingFor(organizationId, email),
    listByOrganizationIds: notFaked('invitations.listByOrganizationIds'),
    createOrRenewPending: async (data, at) => {
      const pending = pendingFor(data.organizationId, data.email);
      if (pending) return { ...renew(pending, data.expiresAt, at) };
      const invitation: Invitation = { id: newId('invitation'), ...data, status: InvitationStatus.PENDING, createdAt: at, updatedAt: at, lastSentAt: at, acceptedAt: null, cancelledAt: null };
      world.invitations.push(invitation);
      return { ...invitation };
    },
    createOrRenewPendingOnce: async (data, at, intervalSeconds) => {
      const pending = pendingFor(data.organizationId, data.email);
      if (pending && at.getTime() - pending.lastSentAt.getTime() < intervalSeconds * 1000) return { invitation: { ...pending }, sent: false };
      return { invitation: await invitations.createOrRenewPending(data, at), sent: true };
    },
    renewIfDue: async (id, expiresAt, at, intervalSeconds) => {
      const invitation = invitationById(id);
      if (invitation.status !== InvitationStatus.PENDING || at.getTime() - invitation.lastSentAt.getTime() < intervalSeconds * 1000) return null;
      return { ...renew(invitation, expiresAt, at) };
    },
    markAsAccepted: async (id, _userId, at) => {
      const invitation = invitationById(id);
      if (invitation.status !== InvitationStatus.PENDING || isExpired(invitation, at)) return false;
      Object.assign(invitation, { status: InvitationStatus.ACCEPTED, acceptedAt: at, updatedAt: at });
      return true;
    },
    markAsCancelled: async (id, at) => {
      const invitation = invitationById(id);
      if (invitation.status !== InvitationStatus.PENDING) return false;
      Object.assign(invitation, { status: InvitationStatus.CANCELLED, cancelledAt: at, updatedAt: at });
      return true;
    },
    cancelPendingOfOrganization: async (organizationId, at) => {
      const pending = world.invitations.filter((i) => i.organizationId === organizationId && i.status === InvitationStatus.PENDING);
      for (const invitation of pending) Object.assign(invitation, { status: InvitationStatus.CANCELLED, cancelledAt: at, updatedAt: at });
      return pending.length;
    },
  };

  const userById = (id: string) => {
    const user = world.users.find((candidate) => candidate.id === id);
    if (!user) throw new NotFoundError('Utilisateur introuvable.');
    return user;
  };
  const users: UserRepository = {
    get: async (id) => ({ ...userById(id) }),
    findByIds: async (ids) => world.users.filter((user) => ids.includes(user.id)),
    findByEmail: async (email) => world.users.find((user) => user.email === email.trim().toLowerCase()) ?? null,
    findByEmailWithPasswordHash: notFaked('users.findByEmailWithPasswordHash'),
    create: notFaked('users.create'),
    markTermsAsAccepted: notFaked('users.markTermsAsAccepted'),
    updateSupportRole: async (id, role) => ({ ...Object.assign(userById(id), { supportRole: role }) }),
    search: notFaked('users.search'),
    markAsLoggedIn: notFaked('users.markAsLoggedIn'),
  };

  const mail = (template: string) => (data: { to: string; organizationName: string }): OutgoingMail => ({ to: data.to, subject: data.organizationName, text: JSON.stringify(data), template });

  const deps: OrganizationsDependencies = {
    organizations,
    networks: { list: notFaked('networks.list'), get: notFaked('networks.get'), findByIds: notFaked('networks.findByIds') },
    networkAccesses: { grant: notFaked('networkAccesses.grant'), get: notFaked('networkAccesses.get'), revoke: notFaked('networkAccesses.revoke'), liveOfUser: notFaked('networkAccesses.liveOfUser'), list: notFaked('networkAccesses.list') },
    memberships,
    invitations,
    creationRequests: {
      get: notFaked('creationRequests.get'),
      create: notFaked('creationRequests.create'),
      findPendingOf: notFaked('creationRequests.findPendingOf'),
      listOf: notFaked('creationRequests.listOf'),
      list: notFaked('creationRequests.list'),
      markAsProcessed: notFaked('creationRequests.markAsProcessed'),
    },
    auditLog: {
      record: async (entry) => {
        world.auditLog.push(entry);
      },
      list: notFaked('auditLog.list'),
    },
    users,
    mailer: {
      enqueue: async (outgoing) => {
        world.outbox.push(outgoing);
      },
      requeueFailed: notFaked('mailer.requeueFailed'),
    },
    mails: {
      invitation: mail('invitation'),
      creationRequestApproved: mail('creation-request-approved'),
      creationRequestRejected: mail('creation-request-rejected'),
      passwordReset: (data) => ({ to: data.to, subject: 'passwordReset', text: JSON.stringify(data), template: 'password-reset' }),
    },
    // A plain check: the real one (shared/email-address.ts) is tested on its own.
    isEmailAddress: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    campaigns: { archiveAllOfOrganization: async () => 0 },
    settings: { invitationTtlDays: 30, invitationResendIntervalSeconds: 300, publicUrl: 'https://orga.example.fr' },
    now: () => now,
    transaction: (work) => work(deps),
  };
  /** The caller's rights as application/access.ts computes them: from their own active membership. */
  const accessFor = (principal: UserPrincipal): AccessLookup => async (organizationId) =>
    OrganizationAccess.of(principal, await memberships.findActive(organizationId, principal.userId));
  return { deps, world, accessFor };
}
