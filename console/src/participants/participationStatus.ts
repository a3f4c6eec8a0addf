import type { ParticipationStatus } from '../gql/graphql';

export type { ParticipationStatus };

/** What the "Résultats" column shows (guide p.69): a status until shared, then the mastery. */
export type ParticipationResult =
  | { kind: 'status'; status: ParticipationStatus; labelKey: string }
  /** `running`: the person's result beside a new sending still in progress ("Je retente"). */
  | { kind: 'mastery'; percent: string; running?: { status: ParticipationStatus; labelKey: string } };

const PERCENT = {
  fr: new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
};

/**
 * The one way the console writes a rate: 0.76 → "76 %" in French (a narrow no-break space before
 * the sign), "76%" in English. The locale defaults to French, the console's first language.
 */
export function formatPercent(rate: number, locale: string = 'fr'): string {
  return (locale === 'en' ? PERCENT.en : PERCENT.fr).format(rate);
}

/** The one way the console writes a date: "12 novembre 2026" / "12 November 2026" (with the time if asked). */
export function formatDate(iso: string, locale: string, { withTime = false }: { withTime?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' }).format(new Date(iso));
}

/**
 * "En cours de test" while the test runs, "En attente" once finished but not shared, the % of
 * mastery once shared — or "Résultats reçus" for a shared profile, which has no mastery rate.
 * The API gives a mastery only once the person has shared: after a "Je retente" still running it
 * is their earlier result, shown with the status of the new attempt.
 */
export function participationResult({ status, masteryRate }: { status: ParticipationStatus; masteryRate: number | null }, locale: string = 'fr'): ParticipationResult {
  if (masteryRate !== null) {
    const percent = formatPercent(masteryRate, locale);
    return status === 'SHARED' ? { kind: 'mastery', percent } : { kind: 'mastery', percent, running: { status, labelKey: `orga.participants.status.${status}` } };
  }
  return { kind: 'status', status, labelKey: `orga.participants.status.${status}` };
}
