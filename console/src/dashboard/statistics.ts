import { graphql } from '../gql';
import type { StatisticsFieldsFragment } from '../gql/graphql';
import type { ResultBandCount } from '../results/resultBands';

/** `shareRate` is 0 to 1; `resultBands`: both Pix emploi profiles' bands (keys DIAGNOSTIC_… then CLEA_…), over shared results. */
export type Statistics = StatisticsFieldsFragment;

/** The bands of one profile, by the key prefix the API gives them. */
export function bandsOfProfile(bands: readonly ResultBandCount[], prefix: 'DIAGNOSTIC_' | 'CLEA_'): ResultBandCount[] {
  return bands.filter((band) => band.key.startsWith(prefix));
}

graphql(`
  fragment StatisticsFields on OrganizationStatistics {
    startedCount toShareCount sharedCount participationsCount shareRate resultBands { key below upTo advice message count }
  }
`);

export const ORGANIZATION_STATISTICS = graphql(`
  query OrganizationStatistics($id: ID!) { organization(id: $id) { id documentationUrl statistics { ...StatisticsFields } } }
`);
export const NATIONAL_STATISTICS = graphql(`
  query NationalStatistics { nationalStatistics { ...StatisticsFields } }
`);

/** The share rate as the guide writes percentages: "67 %" (fr) / "67%" (en), no decimals. */
export function formatShareRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
