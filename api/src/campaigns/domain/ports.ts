/** What the campaigns context asks of the others, through their public api folders. */

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

/** The results frozen when a participant shares (PRODUCT.md "Participations and results"). */
export interface ResultsSnapshot {
  masteryRate: number | null;
  validatedSkillsCount: number | null;
  testedSkillsCount: number | null;
  pixScore: number | null;
  isCertifiable: boolean | null;
  details: Record<string, unknown>;
}

/** The certification context's result over a target profile, as a snapshot freezes it. */
export interface AssessedProfileResult {
  masteryRate: number;
  validatedSkillsCount: number;
  testedSkillsCount: number;
  totalSkillsCount: number;
  competences: readonly unknown[];
  areas: readonly unknown[];
}

/** A badge the person earned on the profile, as certification names it. */
export interface EarnedBadge {
  key: string;
  title: string;
}

/** One of the person's latest knowledge elements on the profile's skills. */
export interface AssessedKnowledgeElement {
  status: string;
  earnedPix: number;
}

export interface ResultsCalculator {
  forAssessment(userId: string, targetProfileId: string): Promise<ResultsSnapshot>;
  forProfilesCollection(userId: string): Promise<ResultsSnapshot>;
}
