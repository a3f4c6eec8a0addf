import { Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Participation, ParticipationStatus } from '../domain/models/participation.js';
import { CampaignEntity } from './campaign.entity.js';
import { ParticipantEntity } from './participant.entity.js';

@Entity({ tableName: 'participations', schema: 'campaigns' })
@Index({ name: 'participations_campaign_id_status_index', properties: ['campaignId', 'status'] })
@Index({
  name: 'participations_current_unique',
  expression: 'create unique index "participations_current_unique" on "campaigns"."participations" ("campaign_id", "user_id") where "is_improved" = false and "deleted_at" is null',
})
export class ParticipationEntity implements Participation {
  [OptionalProps]?:
    | 'participantId' | 'participantExternalId' | 'isImproved' | 'finishedAt' | 'sharedAt' | 'deletedAt'
    | 'masteryRate' | 'validatedSkillsCount' | 'testedSkillsCount' | 'pixScore' | 'isCertifiable' | 'results';

  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: () => CampaignEntity, mapToPk: true, fieldName: 'campaign_id', index: false })
  campaignId!: string;

  /** Null once the campaign is deleted: the participation is anonymised. */
  @ManyToOne({ entity: () => ParticipantEntity, mapToPk: true, fieldName: 'participant_id', nullable: true, deleteRule: 'no action', index: 'participations_participant_id_index' })
  participantId: string | null = null;

  /** Null once the campaign is deleted: the participation is anonymised. */
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  participantExternalId: string | null = null;

  @Enum({ items: () => ParticipationStatus, nativeEnumName: 'campaigns.participation_status', type: 'string' })
  status!: ParticipationStatus;

  @Property({ type: 'boolean', default: false })
  isImproved: boolean = false;

  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  sharedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Property({ type: 'decimal', precision: 5, scale: 4, nullable: true })
  masteryRate: string | null = null;

  @Property({ type: 'integer', nullable: true })
  validatedSkillsCount: number | null = null;

  @Property({ type: 'integer', nullable: true })
  testedSkillsCount: number | null = null;

  @Property({ type: 'integer', nullable: true })
  pixScore: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  isCertifiable: boolean | null = null;

  @Property({ type: 'json', nullable: true })
  results: Record<string, unknown> | null = null;
}
