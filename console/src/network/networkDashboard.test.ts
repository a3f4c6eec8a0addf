import { describe, expect, it } from 'vitest';
import { chosenNetwork, cursorOfPage, groupChartRows, isGrouping, withFigures, type NetworkGroup, type NetworkStructure } from './networkDashboard';

const zero = { startedCount: 0, toShareCount: 0, sharedCount: 0, participationsCount: 0, shareRate: 0 };

describe('network dashboard', () => {
  it('shows the network asked for when allowed, else the first of the person’s', () => {
    expect(chosenNetwork('b', ['a', 'b'], false)).toBe('b');
    expect(chosenNetwork('c', ['a', 'b'], false)).toBe('a');
    expect(chosenNetwork('c', [], true)).toBe('c');
    expect(chosenNetwork(null, [], false)).toBeNull();
  });

  it('knows the groupings a person may choose', () => {
    expect(isGrouping('REGION')).toBe(true);
    expect(isGrouping('ORGANIZATION')).toBe(false);
    expect(isGrouping(undefined)).toBe(false);
  });

  it('gives each structure its own figures, zeros when it has none', () => {
    const structure = (id: string) => ({ id, name: id, type: 'MISSION_LOCALE', city: null, department: null, region: null, isArchived: false }) as NetworkStructure;
    const figures = { ...zero, participationsCount: 3, sharedCount: 2, startedCount: 1, shareRate: 0.67 };
    const rows = withFigures([structure('a'), structure('b')], [{ key: 'b', statistics: figures }]);
    expect(rows.map((row) => row.figures)).toEqual([zero, figures]);
  });

  it('stacks the three statuses of each group for the chart', () => {
    const group = { key: 'NA', label: 'Nouvelle-Aquitaine', structures: 2, statistics: { ...zero, startedCount: 1, toShareCount: 2, sharedCount: 3, participationsCount: 6, resultBands: [] } } as NetworkGroup;
    expect(groupChartRows([group])).toEqual([{ key: 'NA', label: 'Nouvelle-Aquitaine', started: 1, toShare: 2, shared: 3 }]);
  });

  it('remembers where each page starts', () => {
    expect(cursorOfPage([null, 'c1', 'c2'], 0)).toBeNull();
    expect(cursorOfPage([null, 'c1', 'c2'], 2)).toBe('c2');
  });
});
