export enum ParticipationStatus {
  STARTED = 'STARTED',
  TO_SHARE = 'TO_SHARE',
  SHARED = 'SHARED',
}

export interface Participant {
  id: string;
  organizationId: string;
  userId: string;
  firstName: string;
  lastName: string;
}

export interface Participation {
  id: string;
  campaignId: string;
  participantId: string | null;
  userId: string | null;
  participantExternalId: string | null;
  status: ParticipationStatus;
  isImproved: boolean;
  startedAt: Date;
  finishedAt: Date | null;
  sharedAt: Date | null;
  deletedAt: Date | null;
  /** The snapshot frozen at share time; all null before. */
  masteryRate: string | null;
  validatedSkillsCount: number | null;
  testedSkillsCount: number | null;
  pixScore: number | null;
  isCertifiable: boolean | null;
  results: Record<string, unknown> | null;
}
