/** What the campaigns context asks of the others, through their public api folders. */
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

export interface ResultsCalculator {
  forAssessment(userId: string, targetProfileId: string): Promise<ResultsSnapshot>;
  forProfilesCollection(userId: string): Promise<ResultsSnapshot>;
}
