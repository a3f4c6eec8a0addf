import type { CampaignsDependencies } from '../dependencies.js';
import { CampaignNotFoundError, ParticipationNotFoundError } from '../errors.js';
import type { Campaign } from '../models/campaign.js';
import { type Participation, ParticipationStatus } from '../models/participation.js';
import type { KnowledgeElementInput } from '../services.js';
import type { CampaignRepository, ParticipationRepository } from '../repositories.js';
import { buildParticipation, NOW } from './builders.js';

/**
 * The campaigns ports over plain arrays, for unit tests of the participation use cases:
 * campaigns, participations, the organisation's members, the target profiles that allow a reset,
 * and what the engine recorded. A method no unit test needs throws "not faked" (results, lists,
 * statistics: PostgreSQL's business and the integration tests'). `transaction` runs the work over
 * the same arrays, without rollback.
 */
export interface CampaignsWorld {
  campaigns: Campaign[];
  participations: Participation[];
  /** `organizationId:userId` of the active members. */
  members: Set<string>;
  /** Target profiles whose participants may start again from scratch. */
  resettableProfiles: Set<string>;
  /** Profiles each organisation may build campaigns on (`organizationId:targetProfileId`). */
  usableProfiles: Set<string>;
  recorded: { participationId: string; elements: KnowledgeElementInput[]; finished: boolean }[];
  resets: { participationId: string; targetProfileId: string }[];
  /** The read side's updates, in order (their SQL is the integration tests'). */
  readSide: string[];
  /** The partner events recorded, by type. */
  events: string[];
}

const notFaked = (name: string) => (): never => {
  throw new Error(`${name} is not faked in memory: cover it with an integration test`);
};

export function inMemoryCampaigns(seed: Partial<CampaignsWorld> = {}, { now = NOW, retryDelayDays = 4 }: { now?: Date; retryDelayDays?: number } = {}) {
  const world: CampaignsWorld = {
    campaigns: [],
    participations: [],
    members: new Set(),
    resettableProfiles: new Set(),
    usableProfiles: new Set(),
    recorded: [],
    readSide: [],
    events: [],
    resets: [],
    ...seed,
  };
  let sequence = 0;
  const newId = (prefix: string) => `${prefix}-in-memory-${(sequence += 1)}`;
  const participants = new Map<string, string>();

  const campaignById = (id: string) => {
    const campaign = world.campaigns.find((candidate) => candidate.id === id && candidate.deletedAt === null);
    if (!campaign) throw new CampaignNotFoundError();
    return campaign;
  };
  const participationById = (id: string) => {
    const participation = world.participations.find((candidate) => candidate.id === id && candidate.deletedAt === null);
    if (!participation) throw new ParticipationNotFoundError();
    return participation;
  };
  const current = (campaignId: string, userId: string) =>
    world.participations.find((p) => p.campaignId === campaignId && p.userId === userId && !p.isImproved && p.deletedAt === null) ?? null;

  const campaigns: CampaignRepository = {
    get: async (id) => ({ ...campaignById(id) }),
    findByCode: async (code) => world.campaigns.find((campaign) => campaign.code === code && campaign.deletedAt === null) ?? null,
    findByIds: async (ids) => world.campaigns.filter((campaign) => ids.includes(campaign.id)),
    createUnlessCodeTaken: async (data, at) => {
      if (world.campaigns.some((campaign) => campaign.code === data.code)) return null;
      const campaign: Campaign = { id: newId('campaign'), ...data, createdAt: at, updatedAt: at, archivedAt: null, deletedAt: null };
      world.campaigns.push(campaign);
      return { ...campaign };
    },
    update: async (id, patch, at) => ({ ...Object.assign(campaignById(id), patch, { updatedAt: at }) }),
    markAsArchived: async (id, _by, at) => ({ ...Object.assign(campaignById(id), { archivedAt: at }) }),
    markAsUnarchived: async (id) => ({ ...Object.assign(campaignById(id), { archivedAt: null }) }),
    markAsDeleted: async (id, _by, at) => {
      campaignById(id).deletedAt = at;
    },
    archiveAllOfOrganization: notFaked('campaigns.archiveAllOfOrganization'),
    list: notFaked('campaigns.list'),
    countParticipations: notFaked('campaigns.countParticipations'),
    hasParticipations: async (campaignId) => world.participations.some((participation) => participation.campaignId === campaignId),
    withParticipations: async (ids) => new Set(world.participations.map((p) => p.campaignId).filter((id) => ids.includes(id))),
  };

  const participations: ParticipationRepository = {
    get: async (id) => ({ ...participationById(id) }),
    findCurrent: async (campaignId, userId) => {
      const found = current(campaignId, userId);
      return found && { ...found };
    },
    findLatestShared: notFaked('participations.findLatestShared'),
    findCurrentOfUsers: notFaked('participations.findCurrentOfUsers'),
    findCurrentOfUser: notFaked('participations.findCurrentOfUser'),
    findOrCreateParticipant: async (organizationId, user) => {
      const key = `${organizationId}:${user.id}`;
      if (!participants.has(key)) participants.set(key, newId('participant'));
      return participants.get(key)!;
    },
    createUnlessCurrentExists: async (data, at) => {
      if (current(data.campaignId, data.userId)) return null;
      const participation: Participation = buildParticipation({ id: newId('participation'), ...data, status: ParticipationStatus.STARTED, startedAt: at });
      world.participations.push(participation);
      return { ...participation };
    },
    markAsImproved: async (id) => {
      participationById(id).isImproved = true;
    },
    markAsFinished: async (id, at) => {
      const participation = participationById(id);
      if (participation.status !== ParticipationStatus.STARTED) return null;
      Object.assign(participation, { status: ParticipationStatus.TO_SHARE, finishedAt: at });
      return { ...participation };
    },
    markAsShared: notFaked('participations.markAsShared'),
    findSendings: notFaked('participations.findSendings'),
    anonymiseAllOfCampaign: async (campaignId, at) => {
      const rows = world.participations.filter((participation) => participation.campaignId === campaignId);
      for (const participation of rows) Object.assign(participation, { userId: null, participantId: null, participantExternalId: null, deletedAt: at });
      return rows.length;
    },
    findParticipantNames: notFaked('participations.findParticipantNames'),
  };

  const deps: CampaignsDependencies = {
    campaigns,
    participations,
    participationReads: {
      listForCampaign: notFaked('participationReads.listForCampaign'),
      collectiveCompetences: notFaked('participationReads.collectiveCompetences'),
      collectiveLevels: notFaked('participationReads.collectiveLevels'),
      masteryRateCounts: notFaked('participationReads.masteryRateCounts'),
      listParticipants: notFaked('participationReads.listParticipants'),
      statisticsCounts: notFaked('participationReads.statisticsCounts'),
    },
    events: { record: async (event) => void world.events.push(event.type) },
    readSide: {
      withdraw: async (person) => void world.readSide.push(`withdraw ${person.campaignId}:${person.participantId}`),
      record: async (person) => void world.readSide.push(`record ${person.campaignId}:${person.participantId}`),
      forgetCampaign: async (campaignId) => void world.readSide.push(`forget ${campaignId}`),
    },
    organizations: {
      isActiveMember: async (organizationId, userId) => world.members.has(`${organizationId}:${userId}`),
      getPerson: async (userId) => ({ id: userId, firstName: 'Camille', lastName: 'Durand' }),
    },
    targetProfiles: {
      isUsableBy: async (targetProfileId, organizationId) => world.usableProfiles.has(`${organizationId}:${targetProfileId}`),
      allowsReset: async (targetProfileId) => world.resettableProfiles.has(targetProfileId),
    },
    knowledgeElements: {
      record: async ({ participation, elements, finished }) => {
        world.recorded.push({ participationId: participation.id, elements, finished });
      },
      reset: async ({ participation, targetProfileId }) => {
        world.resets.push({ participationId: participation.id, targetProfileId });
        return 0;
      },
    },
    results: { forAssessment: notFaked('results.forAssessment'), forProfilesCollection: notFaked('results.forProfilesCollection') },
    settings: { retryDelayDays },
    // A plain check: the real one (shared/email-address.ts) is tested on its own.
    isEmailAddress: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    now: () => now,
    transaction: (work) => work(deps),
  };
  return { deps, world };
}
