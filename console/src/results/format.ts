import { useLocaleState } from 'react-admin';
import { formatDate, formatPercent } from '../participants/participationStatus';

const DECIMALS = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/**
 * How the result screens write percentages, dates and averages, in the interface's language:
 * "76 %", "6 mai 2019", "1,8" in French; "76%", "6 May 2019", "1.8" in English.
 */
export function useResultFormats() {
  const [locale] = useLocaleState();
  const en = locale === 'en';
  return {
    locale,
    percent: (rate: number) => formatPercent(rate, locale),
    date: (iso: string) => formatDate(iso, locale),
    decimal: (value: number) => (en ? DECIMALS.en : DECIMALS.fr).format(value),
  };
}
