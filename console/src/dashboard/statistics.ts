export interface Statistics {
  startedCount: number;
  toShareCount: number;
  sharedCount: number;
  participationsCount: number;
  /** 0 to 1. */
  shareRate: number;
}

const FIELDS = 'startedCount toShareCount sharedCount participationsCount shareRate';

export const ORGANIZATION_STATISTICS = `query OrganizationStatistics($id: ID!) { organization(id: $id) { id statistics { ${FIELDS} } } }`;
export const NATIONAL_STATISTICS = `query NationalStatistics { nationalStatistics { ${FIELDS} } }`;

/** The share rate as the guide writes percentages: "67 %" (fr) / "67%" (en), no decimals. */
export function formatShareRate(rate: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
