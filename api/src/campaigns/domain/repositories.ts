import type { KeysetPage, KeysetPageRequest } from '../../shared/pagination.js';
import type { Campaign } from './models/campaign.js';
import type { Participation, ParticipationStatus } from './models/participation.js';
import type { ResultsSnapshot } from './models/results-snapshot.js';

/**
 * The campaigns context's own storage, as its use cases need it: ports that
 * infrastructure/*.repository.ts implement over PostgreSQL (in the caller's transaction).
 */
export interface CampaignRepository {
  get(id: string): Promise<Campaign>;
  findByCode(code: string): Promise<Campaign | null>;
  findByIds(ids: readonly string[]): Promise<Campaign[]>;
  /** Inserts unless the code is taken (then null: draw another). The unique index decides. */
  createUnlessCodeTaken(data: NewCampaign, now: Date): Promise<Campaign | null>;
  update(id: string, patch: Partial<Campaign>, now: Date): Promise<Campaign>;
  markAsArchived(id: string, by: string | null, now: Date): Promise<Campaign>;
  markAsUnarchived(id: string, now: Date): Promise<Campaign>;
  markAsDeleted(id: string, by: string, now: Date): Promise<void>;
  /** Archiving an organisation archives its active campaigns (returns how many). */
  archiveAllOfOrganization(organizationId: string, now: Date): Promise<number>;
  /** Newest first, read in the order of an index from the cursor (keyset). */
  list(organizationId: string, filter: CampaignListFilter, page: KeysetPageRequest): Promise<KeysetPage<Campaign>>;
  /** People and people with a result per campaign, once each whatever their sendings. */
  countParticipations(campaignIds: readonly string[]): Promise<Map<string, ParticipationCounts>>;
  hasParticipations(campaignId: string): Promise<boolean>;
  /** Of these campaigns, those with any participation row (anonymised ones too): what freezes the identifier. */
  withParticipations(campaignIds: readonly string[]): Promise<Set<string>>;
}

export interface ParticipationRepository {
  get(id: string): Promise<Participation>;
  /** The person's current participation in the campaign (not replaced by a retry). */
  findCurrent(campaignId: string, userId: string): Promise<Participation | null>;
  /** The latest shared participation of the person in the campaign: their result (an earlier sending while "Je retente" runs). */
  findLatestShared(campaignId: string, userId: string): Promise<Participation | null>;
  findCurrentOfUsers(userIds: readonly string[]): Promise<Participation[]>;
  findCurrentOfUser(userId: string): Promise<Participation[]>;
  /** The organisation's record of the person, created with their name at first participation. */
  findOrCreateParticipant(organizationId: string, user: { id: string; firstName: string; lastName: string }, now: Date): Promise<string>;
  /** Null when the person already has a current participation (the unique index decides). */
  createUnlessCurrentExists(
    data: { campaignId: string; participantId: string; userId: string; participantExternalId: string | null },
    now: Date,
  ): Promise<Participation | null>;
  markAsImproved(id: string): Promise<void>;
  /** STARTED → TO_SHARE, once: the engine reports the test finished. */
  markAsFinished(id: string, now: Date): Promise<Participation | null>;
  /** TO_SHARE → SHARED with the frozen results, once (of concurrent shares one wins). */
  markAsShared(id: string, snapshot: ResultsSnapshot, now: Date): Promise<Participation | null>;
  /** Every sending of these people in these campaigns ("Je retente"), newest first. */
  findSendings(keys: readonly { campaignId: string; participantId: string }[]): Promise<Participation[]>;
  anonymiseAllOfCampaign(campaignId: string, now: Date): Promise<number>;
  findParticipantNames(ids: readonly string[]): Promise<Map<string, { firstName: string; lastName: string }>>;
}

/** One person in one campaign: whose contribution to the campaign's figures a change touches. */
export interface PersonInCampaign {
  campaignId: string;
  participantId: string;
}

/**
 * What the screens read, kept (counts, per competence sums, people per mastery rate, each
 * person's result pointer): updated in the transaction of every change of a person's
 * participations, so reads cost the same for 10 people or 100,000 (campaigns README, "The read
 * side"). `withdraw` before the change, `record` after it.
 */
export interface CampaignReadSide {
  /** Locks the person (their concurrent changes wait) and takes their contribution out. */
  withdraw(person: PersonInCampaign): Promise<void>;
  /** Adds the person's contribution as their participations now are. */
  record(person: PersonInCampaign): Promise<void>;
  /** A deleted campaign counts no one any more. */
  forgetCampaign(campaignId: string): Promise<void>;
}

/** Reads over many participations, each in a fixed number of statements whatever the size. */
export interface ParticipationReadRepository {
  listForCampaign(campaignId: string, filter: ParticipationListFilter, order: ParticipationOrder, page: KeysetPageRequest): Promise<KeysetPage<ListedParticipation>>;
  collectiveCompetences(campaignId: string): Promise<{ competenceId: string; averageMasteryRate: number; participantsCount: number; averageValidatedSkillsCount: number; totalSkillsCount: number }[]>;
  collectiveLevels(campaignId: string): Promise<{ competenceId: string; averageLevel: number; averagePixScore: number; participantsCount: number }[]>;
  masteryRateCounts(campaignId: string): Promise<{ masteryRate: number; count: number }[]>;
  listParticipants(organizationId: string, search: string | null, page: KeysetPageRequest): Promise<KeysetPage<ParticipantSummary>>;
  statisticsCounts(scope: { organizationId: string | null; bandedTargetProfileIds: string[] }): Promise<StatisticsCounts>;
}

export interface CampaignListFilter {
  status?: 'ACTIVE' | 'ARCHIVED' | null;
  name?: string | null;
  ownerId?: string | null;
}

/** A campaign before it is written: the database gives its id and dates. */
export type NewCampaign = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt' | 'deletedAt'>;

export interface ParticipationCounts {
  participants: number;
  shared: number;
  /** People whose result (latest shared) is a certifiable profile. */
  certifiable: number;
}

export interface ParticipationListFilter {
  status?: ParticipationStatus | null;
  /** Part of the last name, first name or identifier. */
  search?: string | null;
  /** Only shared results carry certifiability: filtering on it never reveals unshared ones. */
  certifiable?: boolean | null;
}

export type ParticipationOrder = 'NAME' | 'DATE';

/**
 * A person's row of the participants tab: their current participation (id, status, dates of the
 * attempt), beside their latest shared result (`sharedParticipationId`, `sharedAt` and the result
 * fields), which is an earlier sending while a "Je retente" runs (person-results.sql.ts).
 */
export interface ListedParticipation extends Participation {
  participantFirstName: string | null;
  participantLastName: string | null;
  sharedParticipationId: string | null;
}

export interface ParticipantSummary {
  id: string;
  firstName: string;
  lastName: string;
  participationsCount: number;
  lastStartedAt: Date | null;
}

/** People per campaign by status (SHARED once they have a result), and their results' mastery rates per profile with their counts. */
export interface StatisticsCounts {
  started: number;
  toShare: number;
  shared: number;
  sharedRates: { targetProfileId: string; masteryRate: number; count: number }[];
}

// The CSV export's reads (infrastructure/results-export.repository.ts, on streaming connections).
/** A person as the export reads them (one CSV row): the current attempt beside their latest shared result. */
export interface ExportedParticipation {
  id: string;
  userId: string;
  lastName: string;
  firstName: string;
  participantExternalId: string | null;
  status: ParticipationStatus;
  startedAt: Date;
  /** When the person's result (latest shared participation) was shared; null before they share. */
  sharedAt: Date | null;
  /** Their latest shared participation's snapshot, frozen at share time; null (never read) before they share. */
  snapshot: ResultsSnapshot | null;
}

export interface ParticipationBatchReader {
  /**
   * The campaign's people, once each (current participation beside latest shared result), by last name, first name,
   * in batches of at most `batchSize`, never all at once; stops before the next read once `signal`
   * is aborted.
   */
  readCurrentInBatches(campaignId: string, options: { batchSize: number; signal?: AbortSignal }): AsyncIterable<ExportedParticipation[]>;
}
