import { InvalidInputError } from '../../../shared/errors/domain-error.js';
import type { CampaignAccess } from '../campaign-access.js';
import { cleanCampaignFields, type CampaignFields } from '../campaign-fields.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { campaignEvent } from '../events.js';
import { type Campaign, CampaignType, generateCampaignCode } from '../models/campaign.js';

const CODE_ATTEMPTS = 10;

/** Guide p.55-60. The owner defaults to the creator and must be a member of the organisation. */
export async function createCampaign(
  { access, organizationId, type, targetProfileId, fields }: { access: CampaignAccess; organizationId: string; type: CampaignType; targetProfileId: string | null; fields: CampaignFields },
  deps: CampaignsDependencies,
): Promise<Campaign> {
  access.assertCanCreate();
  const cleaned = cleanCampaignFields({ ...fields, name: fields.name ?? '' }, type);
  if (type === CampaignType.ASSESSMENT) {
    if (!targetProfileId || !(await deps.targetProfiles.isUsableBy(targetProfileId, organizationId))) {
      throw new InvalidInputError('Choisissez ce que vous souhaitez tester parmi les profils proposés.', [{ field: 'targetProfileId', constraints: ['exists'] }]);
    }
  } else if (targetProfileId) {
    throw new InvalidInputError("Une collecte de profils n'a pas de profil cible.", [{ field: 'targetProfileId', constraints: ['notAllowed'] }]);
  }
  const ownerId = cleaned.ownerId ?? access.userId;
  if (ownerId !== access.userId && !(await deps.organizations.isActiveMember(organizationId, ownerId))) {
    throw new InvalidInputError("Le propriétaire doit être membre de l'organisation.", [{ field: 'ownerId', constraints: ['isMember'] }]);
  }
  // The insert and its read-back are one transaction: a failure in between leaves no campaign
  // that the client, seeing an error, would create a second time.
  return deps.transaction(async (tx) => {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      const campaign = await tx.campaigns.createUnlessCodeTaken(
        {
          organizationId,
          type,
          name: cleaned.name!,
          code: generateCampaignCode(),
          title: cleaned.title ?? null,
          welcomeText: cleaned.welcomeText ?? null,
          externalIdLabel: cleaned.externalIdLabel ?? null,
          externalIdType: cleaned.externalIdType ?? null,
          multipleSendings: cleaned.multipleSendings ?? false,
          targetProfileId: type === CampaignType.ASSESSMENT ? targetProfileId : null,
          ownerId,
          creatorId: access.userId,
        },
        tx.now(),
      );
      if (campaign) {
        await tx.events.record(campaignEvent('campaign.created', campaign, campaign.createdAt));
        return campaign;
      }
    }
    // 23^6 × 8^3 ≈ 76 billion codes: ten collisions in a row means something else is wrong.
    throw new Error(`No free campaign code after ${CODE_ATTEMPTS} attempts`);
  });
}
