export enum KnowledgeElementStatus {
  VALIDATED = 'VALIDATED',
  INVALIDATED = 'INVALIDATED',
}

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
