/** How a badge criterion reads a result over its target profile's skills. */
export enum BadgeCriterionScope {
  /** The mastery rate over all the skills of the profile. */
  GLOBAL = 'GLOBAL',
  /** The mastery rate in each area the profile covers, every one of them. */
  EVERY_AREA = 'EVERY_AREA',
}

export interface BadgeCriterion {
  scope: BadgeCriterionScope;
  /** Minimum mastery, in percent of the skills in scope (0 to 100), reached inclusively. */
  threshold: number;
}

/** A badge earned on one target profile when every one of its criteria is met. */
export interface Badge {
  id: string;
  /** Stable, e.g. 'PIX_EMPLOI_CLEA'. */
  key: string;
  targetProfileId: string;
  title: string;
  message: string | null;
  criteria: BadgeCriterion[];
}
