export type ParticipationStatus = 'STARTED' | 'TO_SHARE' | 'SHARED';

/** What the "Résultats" column shows (guide p.69): a status until shared, then the mastery. */
export type ParticipationResult =
  | { kind: 'status'; status: ParticipationStatus; labelKey: string }
  | { kind: 'mastery'; percent: string };

const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** 0.76 → "76 %" (French typography: a narrow no-break space before the sign). */
export function formatPercent(rate: number): string {
  return PERCENT.format(rate);
}

/**
 * "En cours de test" while the test runs, "En attente" once finished but not shared, the % of
 * mastery once shared — or "Résultats reçus" for a shared profile, which has no mastery rate.
 */
export function participationResult({ status, masteryRate }: { status: ParticipationStatus; masteryRate: number | null }): ParticipationResult {
  if (status === 'SHARED' && masteryRate !== null) return { kind: 'mastery', percent: formatPercent(masteryRate) };
  return { kind: 'status', status, labelKey: `orga.participants.status.${status}` };
}
