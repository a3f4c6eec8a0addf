import { ForbiddenError } from '../../shared/errors/domain-error.js';
import { CampaignNotFoundError } from './errors.js';
import type { Campaign } from './models/campaign.js';
import type { OrganizationAccess } from './services.js';

declare const readChecked: unique symbol;

/**
 * A campaign the caller was found allowed to read (only `CampaignAccess.readable` makes one):
 * what the use cases reading a campaign's participations and results take, so that none of them
 * can be handed a campaign nobody checked.
 */
export type ReadableCampaign = Campaign & { readonly [readChecked]: true };

/**
 * Members run campaigns; SUPER_ADMIN and SUPPORT may look (METIER may not: PRODUCT.md gives it
 * organisations, not their campaigns or results); only an ADMIN or the owner may change one.
 * A campaign the caller may not read answers exactly as an unknown id (NOT_FOUND).
 */
export class CampaignAccess {
  constructor(private readonly organization: OrganizationAccess) {}

  get userId(): string {
    return this.organization.principal.userId;
  }

  /** One campaign and what hangs from it: participations, results, bands, CSV. */
  assertCanRead(): this {
    if (!this.organization.canReadActivity) throw new CampaignNotFoundError();
    return this;
  }

  /** This campaign, marked as checked for reading (NOT_FOUND, as an unknown id, otherwise). */
  readable(campaign: Campaign): ReadableCampaign {
    this.assertCanRead();
    return campaign as ReadableCampaign;
  }

  /** The organisation's lists and figures (campaigns, participants, statistics). */
  assertCanReadOrganizationActivity(): this {
    this.organization.assertCanReadActivity();
    return this;
  }

  assertCanCreate(): this {
    this.organization.assertCanRead();
    if (!this.organization.membership) throw new ForbiddenError("Seuls les membres de l'organisation créent ses campagnes.");
    return this;
  }

  assertCanManage(campaign: Pick<Campaign, 'ownerId'>): this {
    this.assertCanRead();
    const membership = this.organization.membership;
    const allowed = membership !== null && (membership.role === 'ADMIN' || campaign.ownerId === this.userId);
    if (!allowed) throw new ForbiddenError("Seul le propriétaire de la campagne ou un administrateur peut la modifier.");
    return this;
  }
}

export type CampaignAccessLookup = (organizationId: string) => Promise<CampaignAccess>;
