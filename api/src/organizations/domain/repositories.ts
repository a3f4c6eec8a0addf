import type { SupportRole } from '../../shared/auth/principal.js';
import type { Page, PageRequest } from '../../shared/pagination.js';
import type { AuditEntry } from './models/audit-entry.js';
import type { CreationRequest, CreationRequestStatus } from './models/creation-request.js';
import type { Invitation, InvitationStatus } from './models/invitation.js';
import type { Member, Membership, MembershipRole } from './models/membership.js';
import type { Network, Organization, OrganizationType } from './models/organization.js';
import type { Session } from './models/session.js';
import type { NetworkAccess } from './models/network-access.js';
import type { User } from './models/user.js';

/**
 * The organizations context's own storage, as its use cases need it: ports that
 * infrastructure/*.repository.ts implement over PostgreSQL (in the caller's transaction).
 */
export interface NewUser {
  email: string;
  firstName: string;
  lastName: string;
  passwordHash: string;
  supportRole?: SupportRole | null;
  termsAcceptedAt?: Date | null;
}

export interface UserRepository {
  get(id: string): Promise<User>;
  findByIds(ids: readonly string[]): Promise<User[]>;
  /** Exact, case-insensitive (e-mails are stored trimmed and lower-cased). */
  findByEmail(email: string): Promise<User | null>;
  findByEmailWithPasswordHash(email: string): Promise<(User & {
    passwordHash: string;
  }) | null>;
  create(data: NewUser): Promise<User>;
  markTermsAsAccepted(id: string, at: Date): Promise<User>;
  updateSupportRole(id: string, role: SupportRole | null): Promise<User>;
  search(text: string | null, page: PageRequest): Promise<Page<User>>;
  markAsLoggedIn(id: string, at: Date): Promise<void>;
}


export interface SessionRepository {
  create(data: {
    id: string;
    userId: string;
    refreshTokenHash: string;
    expiresAt: Date;
    userAgent?: string;
    ipAddress?: string;
  }): Promise<Session>;
  /** The session with its user, in one statement: this runs on every authenticated request. */
  findActiveWithUser(id: string, now: Date): Promise<{
    session: Session;
    user: User;
  } | null>;
  /**
   * Swaps the refresh token only if the presented one is still current, atomically: of two
   * concurrent refreshes with the same token, exactly one wins.
   */
  rotateRefreshToken(id: string, currentHash: string, nextHash: string, now: Date): Promise<boolean>;
  markAsRevoked(id: string, now: Date): Promise<void>;
}


export interface OrganizationSearch {
  name?: string | null;
  type?: OrganizationType | null;
  externalId?: string | null;
  networkId?: string | null;
  archived?: boolean | null;
  region?: string | null;
  department?: string | null;
  /** A partner client's narrowing: a structure whose region or department is listed (none given: no narrowing). */
  within?: { regions: readonly string[]; departments: readonly string[] } | null;
}

export type NewOrganization = Omit<Organization, 'id' | 'createdAt' | 'archivedAt' | 'archivedById'>;

export interface OrganizationRepository {
  get(id: string): Promise<Organization>;
  /**
   * Takes the organisation's row lock for the rest of the transaction: team changes of one
   * organisation run one after the other, so "the last admin" is always counted right.
   */
  getForUpdate(id: string): Promise<Organization>;
  findByIds(ids: readonly string[]): Promise<Organization[]>;
  create(data: NewOrganization & {
    id?: string;
  }): Promise<Organization>;
  update(id: string, patch: Partial<NewOrganization>): Promise<Organization>;
  markAsArchived(id: string, by: string, at: Date): Promise<Organization>;
  hasChildren(id: string): Promise<boolean>;
  search(filter: OrganizationSearch, page: PageRequest): Promise<Page<Organization>>;
}


export interface NetworkRepository {
  list(): Promise<Network[]>;
  get(id: string): Promise<Network>;
  findByIds(ids: readonly string[]): Promise<Network[]>;
}


export interface MembershipRepository {
  getActive(id: string): Promise<Membership>;
  findActive(organizationId: string, userId: string): Promise<Membership | null>;
  findActiveByUserIds(userIds: readonly string[]): Promise<Membership[]>;
  countActiveAdmins(organizationId: string): Promise<number>;
  countActive(organizationId: string): Promise<number>;
  /**
   * The team in alphabetical order (last name, first name), names included: two statements for
   * any page size (the page and the count).
   */
  listMembers(organizationId: string, page: PageRequest): Promise<Page<Member>>;
  create(data: {
    organizationId: string;
    userId: string;
    role: MembershipRole;
  }, now: Date): Promise<Membership>;
  updateRole(id: string, role: MembershipRole, now: Date): Promise<Membership>;
  markAsDisabled(id: string, now: Date): Promise<void>;
}


export interface InvitationRepository {
  get(id: string): Promise<Invitation>;
  findByIds(ids: readonly string[]): Promise<Invitation[]>;
  /** Public look-up: without the right code, an invitation does not exist. */
  getByIdAndCode(id: string, code: string): Promise<Invitation>;
  /** The invitation still pending for this address in this organisation, if any. */
  findPending(organizationId: string, email: string): Promise<Invitation | null>;
  listByOrganizationIds(organizationIds: readonly string[], status: InvitationStatus | null): Promise<Invitation[]>;
  /**
   * Creates the pending invitation, or renews the one already pending for this address (same id
   * and code, fresh date and expiry): that is how "resend" works. Atomic thanks to the partial
   * unique index, so concurrent invites of one address end with one invitation.
   */
  createOrRenewPending(data: {
    organizationId: string;
    email: string;
    role: MembershipRole | null;
    code: string;
    expiresAt: Date;
  }, now: Date): Promise<Invitation>;
  /**
   * As createOrRenewPending, but an invitation pending for this address whose e-mail went out less
   * than `resendIntervalSeconds` ago is left unchanged (`sent: false`: send nothing). One statement:
   * of concurrent calls, the unique index makes the others wait for the first, which they then see.
   */
  createOrRenewPendingOnce(data: {
    organizationId: string;
    email: string;
    role: MembershipRole | null;
    code: string;
    expiresAt: Date;
  }, now: Date, resendIntervalSeconds: number): Promise<{
    invitation: Invitation;
    sent: boolean;
  }>;
  /** Renews a pending invitation (fresh expiry, sent now) unless its e-mail went out less than the interval ago; null then. */
  renewIfDue(id: string, expiresAt: Date, now: Date, resendIntervalSeconds: number): Promise<Invitation | null>;
  /** Spends a pending, unexpired invitation; of concurrent attempts exactly one gets true. */
  markAsAccepted(id: string, userId: string, now: Date): Promise<boolean>;
  markAsCancelled(id: string, now: Date): Promise<boolean>;
  cancelPendingOfOrganization(organizationId: string, now: Date): Promise<number>;
}


export type NewCreationRequest = Omit<CreationRequest, 'id' | 'status' | 'rejectionReason' | 'processedById' | 'processedAt' | 'organizationId' | 'createdAt'>;

export interface CreationRequestRepository {
  get(id: string): Promise<CreationRequest>;
  create(data: NewCreationRequest, now: Date): Promise<CreationRequest>;
  findPendingOf(requesterId: string): Promise<CreationRequest | null>;
  /** The person's own requests, newest first (the dashboard shows the latest). */
  listOf(requesterId: string, limit: number): Promise<CreationRequest[]>;
  list(status: CreationRequestStatus | null, page: PageRequest): Promise<Page<CreationRequest>>;
  /**
   * Moves a pending request to its outcome, only if it is still pending: the row lock this takes
   * makes a concurrent second approval wait, then find nothing to change.
   */
  markAsProcessed(id: string, outcome: {
    status: CreationRequestStatus.APPROVED | CreationRequestStatus.REJECTED;
    by: string;
    organizationId?: string;
    reason?: string;
  }, now: Date): Promise<boolean>;
}


export interface AuditLogRepository {
  /** Written in the caller's transaction: the trail and the change land together or not at all. */
  record(entry: Omit<AuditEntry, 'id' | 'createdAt'>, now: Date): Promise<void>;
  list(filter: {
    targetId?: string | null;
  }, page: PageRequest): Promise<Page<AuditEntry>>;
}


export interface PasswordResetRepository {
  /**
   * Stores a new token for the account, replacing (so invalidating) the previous one, unless an
   * e-mail left less than `intervalSeconds` ago: then nothing changes and the answer is false.
   * One statement, so that of concurrent requests one only wins.
   */
  replaceIfDue(data: {
    userId: string;
    tokenHash: string;
    expiresAt: Date;
    now: Date;
    intervalSeconds: number;
  }): Promise<boolean>;
  /** The account of a live token (known, unexpired, unspent), without spending it. */
  findUserOfLiveToken(tokenHash: string, now: Date): Promise<string | null>;
  /** Spends a live token; of concurrent attempts exactly one gets its account. */
  spend(tokenHash: string, now: Date): Promise<string | null>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /** Logs the account out everywhere: every session still open is revoked. */
  revokeAllSessions(userId: string, now: Date): Promise<number>;
}

export interface NetworkAccessRepository {
  grant(access: NetworkAccess): Promise<void>;
  /** NOT_FOUND when unknown. */
  get(id: string): Promise<NetworkAccess>;
  revoke(id: string, by: string, at: Date): Promise<void>;
  liveOfUser(userId: string): Promise<NetworkAccess[]>;
  list(filter: { networkId?: string | null; userId?: string | null }): Promise<NetworkAccess[]>;
}
