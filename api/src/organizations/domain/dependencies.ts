import type { UserRepository } from '../infrastructure/user.repository.js';
import type { SessionRepository } from '../infrastructure/session.repository.js';
import type { PasswordHasher } from '../infrastructure/password-hasher.js';
import type { AccessTokens } from '../infrastructure/access-tokens.js';
import type { LoginThrottle } from '../infrastructure/login-throttle.js';
import type { OrganizationRepository } from '../infrastructure/organization.repository.js';
import type { NetworkRepository } from '../infrastructure/network.repository.js';
import type { MembershipRepository } from '../infrastructure/membership.repository.js';
import type { InvitationRepository } from '../infrastructure/invitation.repository.js';
import type { CreationRequestRepository } from '../infrastructure/creation-request.repository.js';
import type { AuditLogRepository } from '../infrastructure/audit-log.repository.js';
import type { PasswordResetRepository } from '../infrastructure/password-reset.repository.js';
import type { Mailer } from './mailer.js';

/** What the identity use cases need, injected so that tests can pass their own clock. */
export interface IdentityDependencies {
  users: UserRepository;
  sessions: SessionRepository;
  passwordHasher: PasswordHasher;
  accessTokens: AccessTokens;
  loginThrottle: LoginThrottle;
  sessionTtlSeconds: number;
  now: () => Date;
  /** Runs `work` in one database transaction, with repositories bound to it. */
  transaction<T>(work: (deps: IdentityDependencies) => Promise<T>): Promise<T>;
}

export interface OrganizationsSettings {
  invitationTtlDays: number;
  /** No second invitation e-mail to one address of one organisation within this many seconds. */
  invitationResendIntervalSeconds: number;
  /** Base of the links put in e-mails (console pages). */
  publicUrl: string;
}

/** What the organisation, team and support use cases need. */
export interface OrganizationsDependencies {
  organizations: OrganizationRepository;
  networks: NetworkRepository;
  memberships: MembershipRepository;
  invitations: InvitationRepository;
  creationRequests: CreationRequestRepository;
  auditLog: AuditLogRepository;
  users: UserRepository;
  mailer: Mailer;
  /** The campaigns context, for what an organisation's archiving does to its campaigns. */
  campaigns: { archiveAllOfOrganization(organizationId: string, now: Date): Promise<number> };
  settings: OrganizationsSettings;
  now: () => Date;
  /** Runs `work` in one database transaction, with repositories bound to it. */
  transaction<T>(work: (deps: OrganizationsDependencies) => Promise<T>): Promise<T>;
}

/** What the password reset use cases need. */
export interface PasswordResetDependencies {
  users: UserRepository;
  passwordResets: PasswordResetRepository;
  passwordHasher: PasswordHasher;
  loginThrottle: Pick<LoginThrottle, 'recordSuccess'>;
  mailer: Mailer;
  settings: { publicUrl: string; ttlMinutes: number; intervalSeconds: number };
  now: () => Date;
  /** Runs `work` in one database transaction, with repositories bound to it. */
  transaction<T>(work: (deps: PasswordResetDependencies) => Promise<T>): Promise<T>;
}
