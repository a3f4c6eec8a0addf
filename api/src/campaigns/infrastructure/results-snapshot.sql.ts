import type { CompetenceLevelResult, CompetenceMasteryResult, ResultsDetails } from '../domain/models/results-snapshot.js';

/**
 * The snapshot's JSON as the aggregate statements read it (collective results and levels sum it
 * in the database, whatever the campaign's size, so they cannot go through the parser). The keys
 * are typed against the read model (domain/models/results-snapshot.ts): renaming a field there
 * fails compilation here, not a statistic in production.
 */

/** One row per competence of the snapshot in `results` (of the row aliased `alias`); alias the rows `c`. */
export function snapshotCompetences(alias: string): string {
  const key: keyof ResultsDetails = 'competences';
  return `jsonb_array_elements(${alias}.results->'${key}')`;
}

/** A figure of an assessment's competence, as text (`->>`), from a row of snapshotCompetences. */
export function masteryField(key: keyof CompetenceMasteryResult, competence = 'c'): string {
  return `${competence}->>'${key}'`;
}

/** A figure of a profiles collection's competence, as text (`->>`), from a row of snapshotCompetences. */
export function levelField(key: keyof CompetenceLevelResult, competence = 'c'): string {
  return `${competence}->>'${key}'`;
}
