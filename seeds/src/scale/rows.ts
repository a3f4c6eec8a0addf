import { storedResultsSnapshot, type ResultsSnapshot } from '@orga-spe/api';
import { bool, int, isoTime, json, line, NULL, text, time } from './copy-format.js';
import type { Campaign, Membership, Organization, User } from './structures.js';

/** Columns the generator fills, by table, in the order of the lines below. */
export const COLUMNS = {
  'organizations.organizations': ['id', 'name', 'type', 'network_id', 'parent_id', 'external_id', 'siret', 'street', 'postal_code', 'city', 'department', 'region', 'is_certification_center', 'created_at'],
  'organizations.users': ['id', 'email', 'first_name', 'last_name', 'password_hash', 'terms_accepted_at', 'last_logged_at', 'created_at'],
  'organizations.memberships': ['id', 'organization_id', 'user_id', 'role', 'created_at', 'updated_at'],
  'campaigns.campaigns': ['id', 'organization_id', 'type', 'name', 'code', 'title', 'welcome_text', 'external_id_label', 'external_id_type', 'multiple_sendings', 'target_profile_id', 'owner_id', 'creator_id', 'created_at', 'updated_at', 'archived_at', 'archived_by_id'],
  'campaigns.participants': ['id', 'organization_id', 'user_id', 'first_name', 'last_name', 'created_at'],
  'campaigns.participations': ['id', 'campaign_id', 'participant_id', 'user_id', 'participant_external_id', 'status', 'is_improved', 'started_at', 'finished_at', 'shared_at', 'mastery_rate', 'validated_skills_count', 'tested_skills_count', 'pix_score', 'is_certifiable', 'results', 'last_name', 'first_name', 'shared_participation_id', 'shared_is_certifiable'],
  'certification.knowledge_elements': ['id', 'user_id', 'skill_id', 'competence_id', 'status', 'earned_pix', 'participation_id', 'created_at'],
} as const;

export type Table = keyof typeof COLUMNS;
export const TABLES = Object.keys(COLUMNS) as Table[];

export function organizationLine(organization: Organization, networkIds: Record<string, string>): string {
  return line([
    organization.id, text(organization.name), organization.type,
    organization.networkCode ? networkIds[organization.networkCode] ?? NULL : NULL,
    organization.parentId ?? NULL, text(organization.externalId), organization.siret, text(organization.street),
    organization.place.postalCode, text(organization.place.city), text(organization.place.department), text(organization.place.region),
    bool(organization.isCertificationCenter), time(organization.createdAt),
  ]);
}

export function userLine(user: User, passwordHash: string): string {
  return line([user.id, text(user.email), text(user.firstName), text(user.lastName), passwordHash, time(user.createdAt), time(user.lastLoggedAt), time(user.createdAt)]);
}

export function membershipLine(membership: Membership): string {
  return line([membership.id, membership.organizationId, membership.userId, membership.role, time(membership.createdAt), time(membership.createdAt)]);
}

export function campaignLine(campaign: Campaign): string {
  return line([
    campaign.id, campaign.organizationId, campaign.type, text(campaign.name), campaign.code, text(campaign.title), text(campaign.welcomeText),
    text(campaign.externalIdLabel), campaign.externalIdType ?? NULL, bool(campaign.multipleSendings), campaign.targetProfileId ?? NULL,
    campaign.ownerId, campaign.creatorId, time(campaign.createdAt), time(campaign.archivedAt ?? campaign.createdAt),
    time(campaign.archivedAt), campaign.archivedAt === null ? NULL : campaign.ownerId,
  ]);
}

export function participantLine(participant: { id: string; organizationId: string; userId: string; firstName: string; lastName: string; createdAt: number }): string {
  return line([participant.id, participant.organizationId, participant.userId, text(participant.firstName), text(participant.lastName), time(participant.createdAt)]);
}

export interface ParticipationRow {
  id: string;
  campaignId: string;
  participantId: string;
  userId: string;
  participantExternalId: string | null;
  status: 'STARTED' | 'TO_SHARE' | 'SHARED';
  isImproved: boolean;
  startedAt: number;
  finishedAt: number | null;
  sharedAt: number | null;
  snapshot: ResultsSnapshot | null;
  /**
   * The campaigns read side's copies on a current participation (null on an improved one): the
   * person's name and their result (latest shared participation in this campaign). Written as
   * `rebuildCampaignsReadSide` computes them, so that its updates find nothing to change.
   */
  readSide: { lastName: string; firstName: string; sharedParticipationId: string | null; sharedIsCertifiable: boolean | null } | null;
}

export function participationLine(row: ParticipationRow): string {
  // As the share use case stores it (the rate with 4 decimals).
  const stored = row.snapshot && storedResultsSnapshot(row.snapshot);
  return line([
    row.id, row.campaignId, row.participantId, row.userId, text(row.participantExternalId), row.status, bool(row.isImproved),
    time(row.startedAt), time(row.finishedAt), time(row.sharedAt),
    stored?.masteryRate ?? NULL,
    int(stored?.validatedSkillsCount ?? null), int(stored?.testedSkillsCount ?? null), int(stored?.pixScore ?? null),
    bool(stored?.isCertifiable ?? null), stored ? json(stored.results) : NULL,
    text(row.readSide?.lastName ?? null), text(row.readSide?.firstName ?? null), row.readSide?.sharedParticipationId ?? NULL, bool(row.readSide?.sharedIsCertifiable ?? null),
  ]);
}

export function knowledgeElementLine(id: string, userId: string, skillId: string, competenceId: string, validated: boolean, earnedHundredths: number, participationId: string | null, createdAt: number): string {
  const pix = earnedHundredths === 0 ? '0' : (earnedHundredths / 100).toFixed(2);
  return `${id}\t${userId}\t${skillId}\t${competenceId}\t${validated ? 'VALIDATED' : 'INVALIDATED'}\t${pix}\t${participationId ?? NULL}\t${isoTime(createdAt)}\n`;
}
