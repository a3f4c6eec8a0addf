import { InvalidInputError } from '../../shared/errors/domain-error.js';
import { ExternalIdRequiredError, InvalidEmailError } from './errors.js';
import { CAMPAIGN_LIMITS, type Campaign, ExternalIdType } from './models/campaign.js';

/**
 * The identifier a participant gives when the campaign asks for one (guide p.57, "Identifiant
 * France Travail"): none when the campaign asks nothing (what was given is dropped); otherwise
 * required (EXTERNAL_ID_REQUIRED), trimmed, at most 255 characters, and an e-mail address when the
 * campaign says so (INVALID_EMAIL).
 */
export function checkParticipantExternalId(
  campaign: Pick<Campaign, 'externalIdLabel' | 'externalIdType'>,
  given: string | null,
  isEmailAddress: (value: string) => boolean,
): string | null {
  if (!campaign.externalIdLabel) return null;
  const value = given?.trim() ?? '';
  if (!value) throw new ExternalIdRequiredError(campaign.externalIdLabel);
  if (value.length > CAMPAIGN_LIMITS.externalIdLabel) {
    throw new InvalidInputError("L'identifiant est trop long.", [{ field: 'participantExternalId', constraints: ['maxLength'] }]);
  }
  if (campaign.externalIdType === ExternalIdType.EMAIL && !isEmailAddress(value)) throw new InvalidEmailError();
  return value;
}
