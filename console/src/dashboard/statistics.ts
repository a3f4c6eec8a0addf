import type { ResultBandCount } from '../results/resultBands';

export interface Statistics {
  startedCount: number;
  toShareCount: number;
  sharedCount: number;
  participationsCount: number;
  /** 0 to 1. */
  shareRate: number;
  /** Both Pix emploi profiles' bands (keys DIAGNOSTIC_… then CLEA_…), over shared results. */
  resultBands: ResultBandCount[];
}

/** The bands of one profile, by the key prefix the API gives them. */
export function bandsOfProfile(bands: readonly ResultBandCount[], prefix: 'DIAGNOSTIC_' | 'CLEA_'): ResultBandCount[] {
  return bands.filter((band) => band.key.startsWith(prefix));
}

const FIELDS = 'startedCount toShareCount sharedCount participationsCount shareRate resultBands { key below upTo advice message count }';

export const ORGANIZATION_STATISTICS = `query OrganizationStatistics($id: ID!) { organization(id: $id) { id documentationUrl statistics { ${FIELDS} } } }`;
export const NATIONAL_STATISTICS = `query NationalStatistics { nationalStatistics { ${FIELDS} } }`;

/** The share rate as the guide writes percentages: "67 %" (fr) / "67%" (en), no decimals. */
export function formatShareRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
