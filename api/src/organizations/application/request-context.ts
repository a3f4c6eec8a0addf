import type { Config } from '../../shared/config.js';
import type { Session } from '../../shared/context.js';
import type { IdentityServices } from '../api/identity.js';
import type { OrganizationsScope } from '../api/request-scope.js';

/**
 * What the organizations context needs of the campaigns context, wired by the composition root
 * (so that this context imports no other): archiving an organisation archives its campaigns, in
 * the same transaction.
 */
export interface CampaignsOfOrganization {
  archiveAllOfOrganization(session: Session, organizationId: string, now: Date): Promise<number>;
}

/** The process-wide collaborators this context's resolvers use. */
export interface OrganizationsServices extends IdentityServices {
  config: Pick<Config, 'publicUrl' | 'sessionTtlSeconds' | 'passwordReset' | 'invitationResendIntervalSeconds'>;
  campaignsOfOrganization: CampaignsOfOrganization;
}

/** What this context's resolvers see of a request. */
export interface OrganizationsContext extends OrganizationsScope {
  services: OrganizationsServices;
}
