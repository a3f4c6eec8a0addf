import { ForbiddenError } from '../../shared/errors/domain-error.js';
import type { OrganizationAccess } from '../../organizations/api/index.js';
import type { Campaign } from './models/campaign.js';

/** Members run campaigns; support readers may look; only an ADMIN or the owner may change one. */
export class CampaignAccess {
  constructor(private readonly organization: OrganizationAccess) {}

  get userId(): string {
    return this.organization.principal.userId;
  }

  assertCanRead(): this {
    this.organization.assertCanRead();
    return this;
  }

  assertCanCreate(): this {
    if (!this.organization.membership) throw new ForbiddenError("Seuls les membres de l'organisation créent ses campagnes.");
    return this;
  }

  assertCanManage(campaign: Pick<Campaign, 'ownerId'>): this {
    const membership = this.organization.membership;
    const allowed = membership !== null && (membership.role === 'ADMIN' || campaign.ownerId === this.userId);
    if (!allowed) throw new ForbiddenError("Seul le propriétaire de la campagne ou un administrateur peut la modifier.");
    return this;
  }
}

export type CampaignAccessLookup = (organizationId: string) => Promise<CampaignAccess>;
