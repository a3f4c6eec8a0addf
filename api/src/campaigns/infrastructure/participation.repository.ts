import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../shared/errors/domain-error.js';
import { type Participation, ParticipationStatus } from '../domain/models/participation.js';
import { ParticipantEntity } from './participant.entity.js';
import { ParticipationEntity } from './participation.entity.js';

export class ParticipationRepository {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<Participation> {
    const participation = await this.em.findOne(ParticipationEntity, { id, deletedAt: null }, { refresh: true });
    if (!participation) throw new NotFoundError('Participation introuvable.');
    return participation;
  }

  /** The person's current participation in the campaign (not replaced by a retry). */
  async findCurrent(campaignId: string, userId: string): Promise<Participation | null> {
    return this.em.findOne(ParticipationEntity, { campaignId, userId, isImproved: false, deletedAt: null }, { refresh: true });
  }

  async findCurrentOfUser(userId: string): Promise<Participation[]> {
    return this.em.find(ParticipationEntity, { userId, isImproved: false, deletedAt: null }, { orderBy: { startedAt: 'desc', id: 'asc' } });
  }

  /** The organisation's record of the person, created with their name at first participation. */
  async findOrCreateParticipant(organizationId: string, user: { id: string; firstName: string; lastName: string }, now: Date): Promise<string> {
    const [row] = await this.em.execute<{ id: string }[]>(
      `insert into campaigns.participants (id, organization_id, user_id, first_name, last_name, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?)
       on conflict (organization_id, user_id) do update set organization_id = excluded.organization_id
       returning id`,
      [organizationId, user.id, user.firstName, user.lastName, now],
    );
    return row!.id;
  }

  /** Null when the person already has a current participation (the unique index decides). */
  async createUnlessCurrentExists(
    data: { campaignId: string; participantId: string; userId: string; participantExternalId: string | null },
    now: Date,
  ): Promise<Participation | null> {
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into campaigns.participations (id, campaign_id, participant_id, user_id, participant_external_id, status, is_improved, started_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 'STARTED', false, ?)
       on conflict (campaign_id, user_id) where is_improved = false and deleted_at is null do nothing
       returning id`,
      [data.campaignId, data.participantId, data.userId, data.participantExternalId, now],
    );
    return rows[0] ? this.get(rows[0].id) : null;
  }

  async markAsImproved(id: string): Promise<void> {
    await this.em.nativeUpdate(ParticipationEntity, { id }, { isImproved: true });
  }

  /** STARTED → TO_SHARE, once: the engine reports the test finished. */
  async markAsFinished(id: string, now: Date): Promise<boolean> {
    return (await this.em.nativeUpdate(ParticipationEntity, { id, status: ParticipationStatus.STARTED }, { status: ParticipationStatus.TO_SHARE, finishedAt: now })) === 1;
  }

  /** TO_SHARE → SHARED with the frozen results, once (of concurrent shares one wins). */
  async markAsShared(id: string, snapshot: ResultSnapshot, now: Date): Promise<boolean> {
    const updated = await this.em.nativeUpdate(
      ParticipationEntity,
      { id, status: ParticipationStatus.TO_SHARE },
      {
        status: ParticipationStatus.SHARED,
        sharedAt: now,
        masteryRate: snapshot.masteryRate === null ? null : snapshot.masteryRate.toFixed(4),
        validatedSkillsCount: snapshot.validatedSkillsCount,
        testedSkillsCount: snapshot.testedSkillsCount,
        pixScore: snapshot.pixScore,
        isCertifiable: snapshot.isCertifiable,
        results: snapshot.details,
      },
    );
    return updated === 1;
  }

  async anonymiseAllOfCampaign(campaignId: string, now: Date): Promise<number> {
    return this.em.nativeUpdate(
      ParticipationEntity,
      { campaignId },
      { userId: null, participantId: null, participantExternalId: null, deletedAt: now },
    );
  }

  async findParticipantNames(ids: readonly string[]): Promise<Map<string, { firstName: string; lastName: string }>> {
    const participants = await this.em.find(ParticipantEntity, { id: { $in: [...ids] } });
    return new Map(participants.map((participant) => [participant.id, { firstName: participant.firstName, lastName: participant.lastName }]));
  }
}

export interface ResultSnapshot {
  masteryRate: number | null;
  validatedSkillsCount: number | null;
  testedSkillsCount: number | null;
  pixScore: number | null;
  isCertifiable: boolean | null;
  details: Record<string, unknown>;
}
