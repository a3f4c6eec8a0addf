import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** A breaking change the team accepted, with why (schema/breaking-changes.json). */
export interface DeclaredChange {
  /** graphql-inspector's path of the change, e.g. `Campaign.participations`. */
  path: string;
  /** Its change type, e.g. `FIELD_REMOVED`. */
  type: string;
  why: string;
}

/**
 * The breaking changes from the published contract (schema/published.graphql, what partners code
 * against) to the current one (schema/api.graphql), and which of them nobody declared.
 */
export async function breakingChanges(published: string, current: string, declared: readonly DeclaredChange[]): Promise<{ breaking: Change[]; undeclared: Change[]; dangerous: Change[] }> {
  const changes = await diff(buildSchema(published), buildSchema(current));
  const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
  const dangerous = changes.filter((change) => change.criticality.level === CriticalityLevel.Dangerous);
  const undeclared = breaking.filter((change) => !declared.some((entry) => entry.path === change.path && entry.type === change.type));
  return { breaking, undeclared, dangerous };
}
