import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { CampaignAccessLookup } from '../campaign-access.js';
import { changedFrozenFields, cleanCampaignFields, type CampaignFields } from '../campaign-fields.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { CampaignArchivedError, CantUpdateWhenParticipationsError } from '../errors.js';
import type { Campaign } from '../models/campaign.js';

/**
 * Name, title, welcome text and owner change at any time while the campaign is not archived;
 * the identifier and multiple sendings freeze once someone has participated.
 */
export async function updateCampaign(
  { accessTo, id, fields }: { accessTo: CampaignAccessLookup; id: string; fields: CampaignFields },
  deps: CampaignsDependencies,
): Promise<Campaign> {
  const campaign = await deps.campaigns.get(id);
  (await accessTo(campaign.organizationId)).assertCanManage(campaign);
  if (campaign.archivedAt) throw new CampaignArchivedError();
  const cleaned = cleanCampaignFields(fields, campaign.type);
  const patch = Object.fromEntries(Object.entries(cleaned).filter(([, value]) => value !== undefined)) as Partial<Campaign>;

  const frozen = changedFrozenFields(campaign, patch);
  if (frozen.length && (await deps.campaigns.hasParticipations(campaign.id))) throw new CantUpdateWhenParticipationsError(frozen);
  if (patch.ownerId && patch.ownerId !== campaign.ownerId && !(await deps.organizations.isActiveMember(campaign.organizationId, patch.ownerId))) {
    throw new InvalidInputError("Le propriétaire doit être membre de l'organisation.", [{ field: 'ownerId', constraints: ['isMember'] }]);
  }
  return deps.campaigns.update(campaign.id, patch, deps.now());
}
