import { InvalidInputError, type InvalidField } from '../../shared/errors/domain-error.js';
import { CAMPAIGN_LIMITS, type Campaign, CampaignType, ExternalIdType } from './models/campaign.js';

export interface CampaignFields {
  name?: string | null;
  title?: string | null;
  welcomeText?: string | null;
  externalIdLabel?: string | null;
  externalIdType?: ExternalIdType | null;
  multipleSendings?: boolean | null;
  ownerId?: string | null;
}

/** Trims, turns blanks into "none", and checks the guide's limits; the caller decides what is required. */
export function cleanCampaignFields(fields: CampaignFields, type: CampaignType): CampaignFields {
  const clean = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
  const cleaned: CampaignFields = {
    ...fields,
    name: clean(fields.name),
    title: clean(fields.title),
    welcomeText: fields.welcomeText === undefined ? undefined : fields.welcomeText?.trim() ? fields.welcomeText : null,
    externalIdLabel: clean(fields.externalIdLabel),
    // Booleans and the owner cannot be "cleared": null means "leave as is".
    multipleSendings: fields.multipleSendings ?? undefined,
    ownerId: fields.ownerId ?? undefined,
  };
  const problems: InvalidField[] = [];
  if (fields.name !== undefined && !cleaned.name) problems.push({ field: 'name', constraints: ['isNotEmpty'] });
  if (cleaned.name && cleaned.name.length > CAMPAIGN_LIMITS.name) problems.push({ field: 'name', constraints: ['maxLength'] });
  if (cleaned.title && cleaned.title.length > CAMPAIGN_LIMITS.title) problems.push({ field: 'title', constraints: ['maxLength'] });
  if (cleaned.welcomeText && cleaned.welcomeText.length > CAMPAIGN_LIMITS.welcomeText) problems.push({ field: 'welcomeText', constraints: ['maxLength'] });
  if (cleaned.externalIdLabel && cleaned.externalIdLabel.length > CAMPAIGN_LIMITS.externalIdLabel) problems.push({ field: 'externalIdLabel', constraints: ['maxLength'] });
  // A profiles collection has no title: participants see the organisation's name (guide p.60).
  if (type === CampaignType.PROFILES_COLLECTION && cleaned.title) problems.push({ field: 'title', constraints: ['notAllowed'] });
  if (problems.length) throw new InvalidInputError('Les données envoyées sont invalides.', problems);
  if (cleaned.externalIdLabel === null) cleaned.externalIdType = null;
  else if (cleaned.externalIdLabel) cleaned.externalIdType = fields.externalIdType ?? ExternalIdType.STRING;
  return cleaned;
}

/** What freezes once someone has participated: the identifier asked and multiple sendings. */
export const FROZEN_ONCE_PARTICIPATED = ['externalIdLabel', 'externalIdType', 'multipleSendings'] as const;

/** The frozen fields a patch would change (CANT_UPDATE_WHEN_PARTICIPATIONS if someone has participated). */
export function changedFrozenFields(
  campaign: Pick<Campaign, (typeof FROZEN_ONCE_PARTICIPATED)[number]>,
  patch: Partial<Pick<Campaign, (typeof FROZEN_ONCE_PARTICIPATED)[number]>>,
): (typeof FROZEN_ONCE_PARTICIPATED)[number][] {
  return FROZEN_ONCE_PARTICIPATED.filter((field) => field in patch && patch[field] !== campaign[field]);
}
