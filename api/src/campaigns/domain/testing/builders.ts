import type { OrganizationAccess } from '../services.js';
import { CampaignAccess } from '../campaign-access.js';
import { type Campaign, CampaignType } from '../models/campaign.js';
import { type Participation, ParticipationStatus } from '../models/participation.js';
import { daysAfter, NOW } from '../../../shared/testing/builders.js';
import { PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../shared/pix-emploi-profiles.js';

export { buildSupportAgent, buildUserPrincipal, daysAfter, NOW } from '../../../shared/testing/builders.js';

/**
 * Valid domain objects of the campaigns context for unit tests: `build<Noun>(overrides)` gives
 * sensible defaults (an active assessment campaign on the Diagnostic initial, one sending, no
 * identifier asked; a participation just started) and fresh ids, so that a test spells only what
 * its rule reads. For tests only: the dependency rule keeps these files importing nothing but the
 * domain and the shared kernel.
 */
let sequence = 0;
const next = () => (sequence += 1);

export function buildCampaign(overrides: Partial<Campaign> = {}): Campaign {
  const n = next();
  return {
    id: `campaign-${n}`,
    organizationId: 'organization-1',
    type: CampaignType.ASSESSMENT,
    name: `Diagnostic de rentrée ${n}`,
    code: 'TUMYUZ238',
    title: null,
    welcomeText: null,
    externalIdLabel: null,
    externalIdType: null,
    multipleSendings: false,
    targetProfileId: PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID,
    ownerId: 'owner-1',
    creatorId: 'owner-1',
    createdAt: NOW,
    updatedAt: NOW,
    archivedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

/** A participation just started at NOW: no result until it is shared. */
export function buildParticipation(overrides: Partial<Participation> = {}): Participation {
  const n = next();
  return {
    id: `participation-${n}`,
    campaignId: 'campaign-1',
    participantId: `participant-${n}`,
    userId: `user-${n}`,
    participantExternalId: null,
    status: ParticipationStatus.STARTED,
    isImproved: false,
    startedAt: NOW,
    finishedAt: null,
    sharedAt: null,
    deletedAt: null,
    masteryRate: null,
    validatedSkillsCount: null,
    testedSkillsCount: null,
    pixScore: null,
    isCertifiable: null,
    results: null,
    ...overrides,
  };
}

/** A participation whose results were shared `daysAgo` days before `now` (NOW by default). */
export function buildSharedParticipation(daysAgo: number, overrides: Partial<Participation> = {}, now = NOW): Participation {
  const sharedAt = daysAfter(now, -daysAgo);
  return buildParticipation({ status: ParticipationStatus.SHARED, finishedAt: sharedAt, sharedAt, masteryRate: '0.5000', ...overrides });
}

/**
 * What the organizations context decided about the caller in one organisation, as campaigns reads
 * it (ports.ts): a member with `role`, or no membership (`null`) with or without the support right
 * to read the organisation's activity.
 */
export function buildOrganizationAccess(
  { userId = `user-${next()}`, role = 'MEMBER', canReadActivity = role !== null, canRead = canReadActivity }: { userId?: string; role?: 'ADMIN' | 'MEMBER' | null; canReadActivity?: boolean; canRead?: boolean } = {},
): OrganizationAccess {
  const refuse = (code: string) => {
    throw Object.assign(new Error(code), { code });
  };
  return {
    principal: { userId },
    membership: role === null ? null : { role },
    canReadActivity,
    assertCanRead: () => (canRead ? undefined : refuse('NOT_FOUND')),
    assertCanReadActivity: () => (!canRead ? refuse('NOT_FOUND') : canReadActivity ? undefined : refuse('FORBIDDEN')),
  };
}

export function buildCampaignAccess(access: Parameters<typeof buildOrganizationAccess>[0] = {}): CampaignAccess {
  return new CampaignAccess(buildOrganizationAccess(access));
}
