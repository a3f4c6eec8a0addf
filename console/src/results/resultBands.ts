import type { StatisticsFieldsFragment } from '../gql/graphql';
import { formatPercent } from '../participants/participationStatus';

/** A band and how many shared results fall in it, as the statistics and the collective results read it (generated type). */
export type ResultBandCount = StatisticsFieldsFragment['resultBands'][number];

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
export function bandLabels(bands: readonly Pick<ResultBandCount, 'below' | 'upTo'>[], locale: string = 'fr'): BandLabel[] {
  return bands.map((band, index) => {
    const upper = band.below ?? band.upTo;
    const previous = index > 0 ? bands[index - 1] : undefined;
    const lower = previous ? (previous.below ?? previous.upTo) : null;
    if (upper === null || upper === undefined) {
      return lower === null || lower === undefined ? { key: 'orga.results.bands.all', values: {} } : { key: 'orga.results.bands.above', values: { from: formatPercent(lower, locale) } };
    }
    if (lower === null || lower === undefined) return { key: 'orga.results.bands.below', values: { to: formatPercent(upper, locale) } };
    return { key: 'orga.results.bands.between', values: { from: formatPercent(lower, locale), to: formatPercent(upper, locale) } };
  });
}

/**
 * The band a global mastery falls in, as the API's bands are read (schema: "Rates below this
 * (exclusive)", "Or up to this (inclusive)", tried in order; the last has neither).
 */
export function bandOfRate<Band extends Pick<ResultBandCount, 'below' | 'upTo'>>(bands: readonly Band[], rate: number): Band | null {
  return bands.find((band) => (band.below !== null ? rate < band.below : band.upTo !== null ? rate <= band.upTo : true)) ?? null;
}
