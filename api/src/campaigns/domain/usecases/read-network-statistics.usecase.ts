import type { Jurisdiction } from '../../../shared/auth/partner-scopes.js';
import type { StatisticsCounts } from '../repositories.js';
import { RESULT_BANDS } from '../models/result-bands.js';
import { toStatistics, type OrganizationStatistics } from './get-organization-statistics.usecase.js';

export type NetworkGrouping = 'ORGANIZATION_TYPE' | 'REGION' | 'DEPARTMENT' | 'ORGANIZATION';

export interface Structure {
  id: string;
  name: string;
  type: string;
  region: string | null;
  department: string | null;
}

export interface NetworkStatisticsDependencies {
  structuresIn(jurisdiction: Jurisdiction): Promise<Structure[]>;
  /** Per structure, the kept counts and mastery rates of its campaigns (O(campaigns), never O(participants)). */
  countsByOrganization(organizationIds: readonly string[], bandedTargetProfileIds: string[]): Promise<Map<string, StatisticsCounts>>;
}

export interface NetworkStatistics {
  total: OrganizationStatistics;
  groups: { key: string; label: string; structures: number; statistics: OrganizationStatistics }[];
}

const EMPTY: StatisticsCounts = { started: 0, toShare: 0, shared: 0, sharedRates: [] };

function add(sum: StatisticsCounts, counts: StatisticsCounts): StatisticsCounts {
  return { started: sum.started + counts.started, toShare: sum.toShare + counts.toShare, shared: sum.shared + counts.shared, sharedRates: [...sum.sharedRates, ...counts.sharedRates] };
}

/**
 * A network's figures as its dashboard shows them (started, finished and waiting, shared, share
 * rate, the guide's bands), in the caller's jurisdiction (checked by the caller), grouped by
 * structure type, region, department or structure. Read from the campaigns' kept aggregates.
 */
export async function readNetworkStatistics(
  query: { jurisdiction: Jurisdiction; groupBy: NetworkGrouping; filter: { type?: string | null; region?: string | null; department?: string | null } },
  deps: NetworkStatisticsDependencies,
): Promise<NetworkStatistics> {
  const { filter } = query;
  const structures = (await deps.structuresIn(query.jurisdiction)).filter(
    (structure) => (!filter.type || structure.type === filter.type) && (!filter.region || structure.region === filter.region) && (!filter.department || structure.department === filter.department),
  );
  const counts = structures.length ? await deps.countsByOrganization(structures.map((structure) => structure.id), Object.keys(RESULT_BANDS)) : new Map<string, StatisticsCounts>();
  const groups = new Map<string, { label: string; structures: number; counts: StatisticsCounts }>();
  let total = EMPTY;
  for (const structure of structures) {
    const [key, label] = groupOf(structure, query.groupBy);
    const own = counts.get(structure.id) ?? EMPTY;
    const group = groups.get(key) ?? { label, structures: 0, counts: EMPTY };
    groups.set(key, { label, structures: group.structures + 1, counts: add(group.counts, own) });
    total = add(total, own);
  }
  return {
    total: toStatistics(total),
    groups: [...groups].map(([key, group]) => ({ key, label: group.label, structures: group.structures, statistics: toStatistics(group.counts) })).sort((a, b) => a.label.localeCompare(b.label, 'fr')),
  };
}

function groupOf(structure: Structure, groupBy: NetworkGrouping): [string, string] {
  if (groupBy === 'ORGANIZATION') return [structure.id, structure.name];
  if (groupBy === 'ORGANIZATION_TYPE') return [structure.type, structure.type];
  const place = groupBy === 'REGION' ? structure.region : structure.department;
  return [place ?? '', place ?? 'Non renseigné'];
}
