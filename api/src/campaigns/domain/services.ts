/** What the campaigns context asks of the others, through their public api folders. */
import type { ResultsSnapshot } from './models/results-snapshot.js';

/**
 * What the organizations context decided about the caller and one organisation (its
 * OrganizationAccess, built from the caller's own active membership), as campaign rules read it.
 */
export interface OrganizationAccess {
  readonly principal: { readonly userId: string };
  readonly membership: { readonly role: string } | null;
  readonly canReadActivity: boolean;
  /** Throws as an unknown organisation when the caller may not see it. */
  assertCanRead(): unknown;
  /** Throws when the caller may not read the organisation's campaigns, people and results. */
  assertCanReadActivity(): unknown;
}

export interface OrganizationDirectory {
  isActiveMember(organizationId: string, userId: string): Promise<boolean>;
  /** The person's name as their account holds it (copied at first participation). */
  getPerson(userId: string): Promise<{ id: string; firstName: string; lastName: string }>;
}

export interface TargetProfileDirectory {
  /** True when the profile exists and the organisation may use it (public or shared with it). */
  isUsableBy(targetProfileId: string, organizationId: string): Promise<boolean>;
  /** True when the profile lets a participant restart it from scratch ("remise à zéro"). */
  allowsReset(targetProfileId: string): Promise<boolean>;
}

export interface KnowledgeElementInput {
  skillId: string;
  status: string;
  earnedPix?: number | null;
}

/** The certification context records what the assessment engine reports. */
export interface KnowledgeElementsRecorder {
  record(input: { participation: { id: string; userId: string }; elements: KnowledgeElementInput[]; finished: boolean }): Promise<void>;
  /** Marks every skill of the profile the person was assessed on as never assessed; returns how many. */
  reset(input: { participation: { id: string; userId: string }; targetProfileId: string }): Promise<number>;
}

/** The snapshot at share time, from the certification context (built by models/results-snapshot.ts). */
export interface ResultsCalculator {
  forAssessment(userId: string, targetProfileId: string): Promise<ResultsSnapshot>;
  forProfilesCollection(userId: string): Promise<ResultsSnapshot>;
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
