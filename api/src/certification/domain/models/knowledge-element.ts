export enum KnowledgeElementStatus {
  VALIDATED = 'VALIDATED',
  INVALIDATED = 'INVALIDATED',
  /**
   * Written by a reset of a resettable target profile, never by the engine: the skill counts as
   * never assessed. The repositories drop a skill whose latest element is RESET, so no rule
   * downstream ever sees one.
   */
  RESET = 'RESET',
}

/** What the assessment engine may report. */
export const ASSESSED_STATUSES: readonly KnowledgeElementStatus[] = [KnowledgeElementStatus.VALIDATED, KnowledgeElementStatus.INVALIDATED];

/**
 * What the assessment engine concluded about one person and one skill at one moment. Never
 * updated nor deleted: a later element about the same skill supersedes the earlier ones.
 */
export interface KnowledgeElement {
  id: string;
  userId: string;
  skillId: string;
  competenceId: string;
  status: KnowledgeElementStatus;
  earnedPix: number;
  participationId: string | null;
  createdAt: Date;
}

/** What the engine reports, before the database gives it an id and a date. */
export type NewKnowledgeElement = Omit<KnowledgeElement, 'id' | 'createdAt'>;
