import type { NetworkStatisticsGroupBy, NetworkStatisticsQuery, NetworkStructuresQuery } from '../gql/graphql';

/** The breakdowns a person may choose (by structure is the list of structures below). */
export const GROUPINGS = ['REGION', 'DEPARTMENT', 'ORGANIZATION_TYPE'] as const satisfies readonly NetworkStatisticsGroupBy[];
export type Grouping = (typeof GROUPINGS)[number];

export type NetworkGroup = NetworkStatisticsQuery['network']['statistics']['groups'][number];
export type NetworkStructure = NetworkStructuresQuery['network']['organizations']['nodes'][number];
export type StructureFigures = NetworkStructuresQuery['network']['statistics']['groups'][number]['statistics'];

/** Structures per page of the list. */
export const STRUCTURES_PER_PAGE = 10;

export function isGrouping(value: unknown): value is Grouping {
  return typeof value === 'string' && (GROUPINGS as readonly string[]).includes(value);
}

/**
 * Which network the page shows: the one asked for in the address when the person may see it,
 * else the first of theirs (support may ask for any).
 */
export function chosenNetwork(requested: string | null, available: readonly string[], anyAllowed: boolean): string | null {
  if (requested && (anyAllowed || available.includes(requested))) return requested;
  return available[0] ?? null;
}

/** Each structure of the page with its own figures (`groupBy: ORGANIZATION`, keyed by id); none: zeros. */
export function withFigures(structures: readonly NetworkStructure[], groups: readonly { key: string; statistics: StructureFigures }[]): { structure: NetworkStructure; figures: StructureFigures }[] {
  const byId = new Map(groups.map((group) => [group.key, group.statistics]));
  return structures.map((structure) => ({
    structure,
    figures: byId.get(structure.id) ?? { startedCount: 0, toShareCount: 0, sharedCount: 0, participationsCount: 0, shareRate: 0 },
  }));
}

/** One bar group per breakdown group, in the API's order: the three statuses stacked. */
export function groupChartRows(groups: readonly NetworkGroup[], label: (group: NetworkGroup) => string = (group) => group.label) {
  return groups.map((group) => ({
    key: group.key,
    label: label(group),
    started: group.statistics.startedCount,
    toShare: group.statistics.toShareCount,
    shared: group.statistics.sharedCount,
  }));
}

/**
 * The cursors of the pages seen so far: page 0 starts at null, page n after the end cursor of
 * page n-1 (the API pages forward only; going back re-reads a page from its remembered cursor).
 */
export function cursorOfPage(cursors: readonly (string | null)[], page: number): string | null {
  return page <= 0 ? null : cursors[page] ?? null;
}
