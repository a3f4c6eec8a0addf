import { formatPercent } from '../participants/participationStatus';

export interface ResultBandCount {
  key: string;
  below: number | null;
  upTo: number | null;
  advice: string;
  message: string;
  count: number;
}

/** A label key and its values for one band, from the bounds of the bands before it. */
export interface BandLabel {
  key: 'orga.results.bands.below' | 'orga.results.bands.between' | 'orga.results.bands.above' | 'orga.results.bands.all';
  values: { from?: string; to?: string };
}

/**
 * The guide's ranges ("moins de 50 %", "entre 50 et 80 %", "plus de 80 %") from the API's bands,
 * which are tried in order and each give only their upper bound: the lower one is the previous
 * band's.
 */
export function bandLabels(bands: readonly Pick<ResultBandCount, 'below' | 'upTo'>[]): BandLabel[] {
  return bands.map((band, index) => {
    const upper = band.below ?? band.upTo;
    const previous = index > 0 ? bands[index - 1] : undefined;
    const lower = previous ? (previous.below ?? previous.upTo) : null;
    if (upper === null || upper === undefined) {
      return lower === null || lower === undefined ? { key: 'orga.results.bands.all', values: {} } : { key: 'orga.results.bands.above', values: { from: formatPercent(lower) } };
    }
    if (lower === null || lower === undefined) return { key: 'orga.results.bands.below', values: { to: formatPercent(upper) } };
    return { key: 'orga.results.bands.between', values: { from: formatPercent(lower), to: formatPercent(upper) } };
  });
}
