import type { Campaign } from './models/campaign.js';
import type { ParticipationStatus } from './models/participation.js';
import type { ResultsSnapshot } from './models/results-snapshot.js';

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

export interface ExportedArea {
  id: string;
  title: string;
}

export interface ExportedCompetence {
  id: string;
  areaId: string;
  code: string;
  name: string;
}

/** What the certification context tells the export: names, profile content, progress. */
export interface ResultsExportReferential {
  /** Areas by code and competences in referential order. */
  getReferential(): Promise<{ areas: ExportedArea[]; competences: ExportedCompetence[] }>;
  /** The profile's name, skills (with competence and area) and badges; null when unknown. */
  findTargetProfile(id: string): Promise<{
    name: string;
    skills: { skillId: string; competenceId: string; areaId: string }[];
    badges: { key: string; title: string }[];
  } | null>;
  /** Skills of `skillIds` tested during each participation (absent: none), for a whole batch at once. */
  countTestedSkills(participations: readonly { participationId: string; userId: string }[], skillIds: readonly string[]): Promise<Map<string, number>>;
  /** A competence counts towards certification from this level. */
  minCertifiableLevel: number;
}

export interface ResultsExportDependencies {
  campaigns: { get(id: string): Promise<Campaign> };
  organizations: { getName(organizationId: string): Promise<string> };
  participations: ParticipationBatchReader;
  certification: ResultsExportReferential;
  batchSize: number;
}
