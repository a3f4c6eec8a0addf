import type { Campaign } from './models/campaign.js';
import type { Participation } from './models/participation.js';

/** What partner networks hear of a campaign's life (issue 16; partners README, "Events"). */
export type CampaignEventType =
  | 'participation.started'
  | 'participation.completed'
  | 'participation.shared'
  | 'campaign.created'
  | 'campaign.archived'
  | 'campaign.unarchived'
  | 'campaign.deleted';

export interface CampaignEvent {
  type: CampaignEventType;
  organizationId: string;
  occurredAt: Date;
  /** What the event says, without the person: each partner client sees them under its own pseudonym. */
  data: Record<string, unknown>;
  person: { userId: string; externalId: string | null } | null;
}

/**
 * Where events go: written in the transaction of the change they report (an outbox), so that an
 * event exists exactly when its change committed.
 */
export interface CampaignEvents {
  record(event: CampaignEvent): Promise<void>;
}

export type CampaignSummary = Pick<Campaign, 'id' | 'code' | 'name' | 'type' | 'organizationId'>;

export function campaignSummary(campaign: CampaignSummary): Record<string, unknown> {
  return { id: campaign.id, code: campaign.code, name: campaign.name, type: campaign.type, organizationId: campaign.organizationId };
}

export function campaignEvent(type: Extract<CampaignEventType, `campaign.${string}`>, campaign: Campaign, at: Date): CampaignEvent {
  return { type, organizationId: campaign.organizationId, occurredAt: at, data: { campaign: campaignSummary(campaign) }, person: null };
}

export function participationEvent(type: Extract<CampaignEventType, `participation.${string}`>, participation: Participation, campaign: CampaignSummary, at: Date): CampaignEvent {
  const shared = type === 'participation.shared';
  return {
    type,
    organizationId: campaign.organizationId,
    occurredAt: at,
    data: {
      participationId: participation.id,
      campaign: campaignSummary(campaign),
      status: participation.status,
      startedAt: participation.startedAt.toISOString(),
      finishedAt: participation.finishedAt?.toISOString() ?? null,
      sharedAt: participation.sharedAt?.toISOString() ?? null,
      // The result itself only once shared (consent), as everywhere else.
      ...(shared ? { masteryRate: participation.masteryRate === null ? null : Number(participation.masteryRate), pixScore: participation.pixScore, isCertifiable: participation.isCertifiable } : {}),
    },
    person: participation.userId ? { userId: participation.userId, externalId: participation.participantExternalId } : null,
  };
}
