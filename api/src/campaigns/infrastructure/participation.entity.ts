import { Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { type Participation, ParticipationStatus } from '../domain/models/participation.js';
import { CampaignEntity } from './campaign.entity.js';
import { ParticipantEntity } from './participant.entity.js';
import { CURRENT_PARTICIPATION as CURRENT, NAME_ORDER as NAME, PARTICIPATION_SEARCH_TEXT } from './read-side.indexes.js';

@Entity({ tableName: 'participations', schema: 'campaigns' })
@Index({ name: 'participations_campaign_id_status_index', properties: ['campaignId', 'status'] })
@Index({
  name: 'participations_current_unique',
  expression: 'create unique index "participations_current_unique" on "campaigns"."participations" ("campaign_id", "user_id") where "is_improved" = false and "deleted_at" is null',
})
@Index({ name: 'participations_current_name_index', expression: `create index "participations_current_name_index" on "campaigns"."participations" ("campaign_id", ${NAME}) where ${CURRENT}` })
@Index({ name: 'participations_current_status_name_index', expression: `create index "participations_current_status_name_index" on "campaigns"."participations" ("campaign_id", "status", ${NAME}) where ${CURRENT}` })
@Index({ name: 'participations_current_certifiable_name_index', expression: `create index "participations_current_certifiable_name_index" on "campaigns"."participations" ("campaign_id", "shared_is_certifiable", ${NAME}) where ${CURRENT} and "shared_is_certifiable" is not null` })
@Index({ name: 'participations_current_started_at_index', expression: `create index "participations_current_started_at_index" on "campaigns"."participations" ("campaign_id", "started_at" desc, "id") where ${CURRENT}` })
@Index({ name: 'participations_current_search_index', expression: `create index "participations_current_search_index" on "campaigns"."participations" using gin ("campaign_id", (${PARTICIPATION_SEARCH_TEXT}) gin_trgm_ops) where ${CURRENT}` })
@Index({ name: 'participations_shared_of_person_index', expression: `create index "participations_shared_of_person_index" on "campaigns"."participations" ("participant_id", "campaign_id", "shared_at" desc, "id") where "status" = 'SHARED' and "deleted_at" is null` })
@Index({ name: 'participations_shared_feed_index', expression: `create index "participations_shared_feed_index" on "campaigns"."participations" ((coalesce("shared_xid", '0'::xid8)), "id") where "status" = 'SHARED' and "deleted_at" is null` })
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

  // The read side (read-side.sql.ts): on the current participation only, the person's name
  // copied at creation and their result's id and certifiability, so one index serves each list.
  @Property({ type: 'string', length: 255, nullable: true })
  lastName: (string & Opt) | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  firstName: (string & Opt) | null = null;

  // Not named sharedParticipationId: that is the read model's field (participation.type.ts).
  @Property({ type: 'uuid', nullable: true, fieldName: 'shared_participation_id' })
  resultParticipationId: (string & Opt) | null = null;

  @Property({ type: 'boolean', nullable: true, fieldName: 'shared_is_certifiable' })
  resultIsCertifiable: (boolean & Opt) | null = null;

  /**
   * The transaction that shared it, set by the database (trigger `participations_shared_xid`,
   * migration Migration20261202020000_partners): the partner feed's order. Never read nor written here.
   */
  @Property({ type: 'string', columnType: 'xid8', nullable: true, lazy: true, persist: true, fieldName: 'shared_xid' })
  sharedXid?: string & Opt;
}
