import type {
  AuditLogRepository,
  CreationRequestRepository,
  InvitationRepository,
  MembershipRepository,
  NetworkAccessRepository,
  NetworkRepository,
  OrganizationRepository,
  PasswordResetRepository,
  SessionRepository,
  UserRepository,
} from './repositories.js';
import type { AccessTokens, LoginThrottle, OrganizationsMails, PasswordHasher, RefreshTokens, ResetTokens } from './services.js';
import type { Mailer } from './mailer.js';

/** What the identity use cases need, injected so that tests can pass their own clock. */
export interface IdentityDependencies {
  users: UserRepository;
  sessions: SessionRepository;
  passwordHasher: PasswordHasher;
  accessTokens: AccessTokens;
  refreshTokens: RefreshTokens;
  loginThrottle: LoginThrottle;
  /** The one test of an e-mail address (shared/email-address.ts). */
  isEmailAddress: (value: string) => boolean;
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
  networkAccesses: NetworkAccessRepository;
  memberships: MembershipRepository;
  invitations: InvitationRepository;
  creationRequests: CreationRequestRepository;
  auditLog: AuditLogRepository;
  users: UserRepository;
  mailer: Mailer;
  mails: OrganizationsMails;
  isEmailAddress: (value: string) => boolean;
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
  resetTokens: ResetTokens;
  passwordHasher: PasswordHasher;
  loginThrottle: Pick<LoginThrottle, 'recordSuccess'>;
  mailer: Mailer;
  mails: Pick<OrganizationsMails, 'passwordReset'>;
  settings: { publicUrl: string; ttlMinutes: number; intervalSeconds: number };
  now: () => Date;
  /** Runs `work` in one database transaction, with repositories bound to it. */
  transaction<T>(work: (deps: PasswordResetDependencies) => Promise<T>): Promise<T>;
}
