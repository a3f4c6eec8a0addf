import { describe, expect, it } from 'vitest';
import { formatPercent } from '../participants/participationStatus';
import { bandLabels } from './resultBands';

describe("the result bands' labels", () => {
  it("reads the guide's diagnostic ranges from the bands' upper bounds", () => {
    expect(bandLabels([{ below: 0.5, upTo: null }, { below: null, upTo: 0.8 }, { below: null, upTo: null }])).toEqual([
      { key: 'orga.results.bands.below', values: { to: formatPercent(0.5) } },
      { key: 'orga.results.bands.between', values: { from: formatPercent(0.5), to: formatPercent(0.8) } },
      { key: 'orga.results.bands.above', values: { from: formatPercent(0.8) } },
    ]);
  });

  it('labels a single open band as covering every result', () => {
    expect(bandLabels([{ below: null, upTo: null }])).toEqual([{ key: 'orga.results.bands.all', values: {} }]);
  });
});
