import type { EntityManager } from '@mikro-orm/postgresql';
import type { CampaignsOfOrganization, OrganizationsContext, OrganizationsServices } from './request-context.js';
import type { IdentityDependencies, OrganizationsDependencies, PasswordResetDependencies } from '../domain/dependencies.js';
import { PasswordResetRepository } from '../infrastructure/password-reset.repository.js';
import { UserRepository } from '../infrastructure/user.repository.js';
import { SessionRepository } from '../infrastructure/session.repository.js';
import { passwordHasher } from '../infrastructure/password-hasher.js';
import { refreshTokens } from '../infrastructure/access-tokens.js';
import { resetTokens } from '../infrastructure/reset-tokens.js';
import { organizationsMails } from '../infrastructure/mail-templates.js';
import { OrganizationRepository } from '../infrastructure/organization.repository.js';
import { NetworkRepository } from '../infrastructure/network.repository.js';
import { NetworkAccessRepository } from '../infrastructure/network-access.repository.js';
import { MembershipRepository } from '../infrastructure/membership.repository.js';
import { InvitationRepository } from '../infrastructure/invitation.repository.js';
import { CreationRequestRepository } from '../infrastructure/creation-request.repository.js';
import { AuditLogRepository } from '../infrastructure/audit-log.repository.js';
import { OutboxMailer } from '../infrastructure/outbox-mailer.js';
import { organizationsSettings } from '../organizations.config.js';
import { DEFAULT_INVITATION_RESEND_INTERVAL_SECONDS } from '../../shared/config.js';
import { isEmailAddress } from '../../shared/email-address.js';

export function identityDependencies(context: OrganizationsContext): IdentityDependencies {
  return buildIdentityDependencies(context.em, context.services);
}

function buildIdentityDependencies(em: EntityManager, services: OrganizationsServices): IdentityDependencies {
  return {
    users: new UserRepository(em),
    sessions: new SessionRepository(em),
    passwordHasher,
    accessTokens: services.accessTokens,
    refreshTokens,
    loginThrottle: services.loginThrottle,
    isEmailAddress,
    sessionTtlSeconds: services.config.sessionTtlSeconds,
    now: () => new Date(),
    transaction: (work) => em.transactional((tx) => work(buildIdentityDependencies(tx as EntityManager, services))),
  };
}

export function organizationsDependencies(context: OrganizationsContext): OrganizationsDependencies {
  const { config, campaignsOfOrganization } = context.services;
  return buildOrganizationsDependencies(context.em, campaignsOfOrganization, config.publicUrl, undefined, config.invitationResendIntervalSeconds);
}

/** Repositories over one EntityManager; `transaction` rebuilds them over a transactional one. */
export function buildOrganizationsDependencies(
  em: EntityManager,
  campaignsOfOrganization: CampaignsOfOrganization,
  publicUrl: string,
  now: () => Date = () => new Date(),
  invitationResendIntervalSeconds = DEFAULT_INVITATION_RESEND_INTERVAL_SECONDS,
): OrganizationsDependencies {
  return {
    organizations: new OrganizationRepository(em),
    networks: new NetworkRepository(em),
    networkAccesses: new NetworkAccessRepository(em),
    memberships: new MembershipRepository(em),
    invitations: new InvitationRepository(em),
    creationRequests: new CreationRequestRepository(em),
    auditLog: new AuditLogRepository(em),
    users: new UserRepository(em),
    mailer: new OutboxMailer(em),
    mails: organizationsMails,
    isEmailAddress,
    campaigns: { archiveAllOfOrganization: (organizationId, now) => campaignsOfOrganization.archiveAllOfOrganization({ em }, organizationId, now) },
    settings: { ...organizationsSettings(), publicUrl, invitationResendIntervalSeconds },
    now,
    transaction: (work) => em.transactional((tx) => work(buildOrganizationsDependencies(tx as EntityManager, campaignsOfOrganization, publicUrl, now, invitationResendIntervalSeconds))),
  };
}

export function passwordResetDependencies(context: OrganizationsContext): PasswordResetDependencies {
  return buildPasswordResetDependencies(context.em, context.services);
}

function buildPasswordResetDependencies(em: EntityManager, services: OrganizationsServices): PasswordResetDependencies {
  return {
    users: new UserRepository(em),
    passwordResets: new PasswordResetRepository(em),
    resetTokens,
    passwordHasher,
    loginThrottle: services.loginThrottle,
    mailer: new OutboxMailer(em),
    mails: organizationsMails,
    settings: { publicUrl: services.config.publicUrl, ...services.config.passwordReset },
    now: () => new Date(),
    transaction: (work) => em.transactional((tx) => work(buildPasswordResetDependencies(tx as EntityManager, services))),
  };
}
