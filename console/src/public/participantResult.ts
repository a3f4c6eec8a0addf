import type { ReferentialQuery } from '../gql/graphql';
import { formatDate, formatPercent } from '../participants/participationStatus';

export { formatDate, formatPercent };

/**
 * The guide's messages for the participant (api: campaigns/domain/models/result-bands.ts), in
 * English. The French comes from the API, which words it as the guide does; a band this console
 * does not know is shown in the API's French.
 */
const BAND_MESSAGES_EN: Record<string, string> = {
  DIAGNOSTIC_BELOW_50: 'Let’s start with the basics!',
  DIAGNOSTIC_50_TO_80: 'The first basics are there!',
  DIAGNOSTIC_ABOVE_80: 'You are doing well overall on this first assessment! Try a longer test to take on more complex situations!',
  CLEA_BELOW_25: 'Well done for getting to the end of the assessment! We will be able to offer you support that fits your needs as closely as possible.',
  CLEA_25_TO_60: 'Well done for getting to the end of the assessment, the first basics are there!',
  CLEA_60_TO_85: 'You manage well in the most common situations, while needing a hand from time to time... Only a few points seem left to strengthen to be independent!',
  CLEA_ABOVE_85: 'You master the essentials, and you can use digital tools independently at work!',
};

/** The band message in the page's language, and the language it is actually in (for `lang`). */
export function bandMessage(band: { key: string; message: string }, locale: string): { text: string; lang: 'fr' | 'en' } {
  const english = locale === 'en' ? BAND_MESSAGES_EN[band.key] : undefined;
  return english ? { text: english, lang: 'en' } : { text: band.message, lang: 'fr' };
}

/** A competence of the referential as the Referential query reads it (generated type). */
export type ReferentialCompetence = ReferentialQuery['referential'][number]['competences'][number];

export interface CompetenceRow {
  competenceId: string;
  /** "1.1"; null for a competence the referential no longer has. */
  code: string | null;
  /** The referential's (French) name; `unknownName` when the referential does not know it (never an id). */
  name: string;
  percent: string;
}

/**
 * "Vos résultats détaillés" (guide p.32): one row a competence tested, in the referential's order
 * (1.1, 1.2 … 5.2), its mastery as the page writes rates.
 */
export function competenceRows(
  results: readonly { competenceId: string; masteryRate: number }[],
  referential: readonly ReferentialCompetence[],
  { locale, unknownName }: { locale: string; unknownName: string },
): CompetenceRow[] {
  const known = new Map(referential.map((competence, index) => [competence.id, { competence, index }]));
  return [...results]
    .sort((a, b) => (known.get(a.competenceId)?.index ?? Number.MAX_SAFE_INTEGER) - (known.get(b.competenceId)?.index ?? Number.MAX_SAFE_INTEGER))
    .map((result) => {
      const competence = known.get(result.competenceId)?.competence;
      return { competenceId: result.competenceId, code: competence?.code ?? null, name: competence?.name ?? unknownName, percent: formatPercent(result.masteryRate, locale) };
    });
}

/** The progress bar's value, 0 to 100 in whole steps; null when the API cannot measure it (a running profiles collection). */
export function progressValue(progress: number | null | undefined): number | null {
  if (progress === null || progress === undefined || Number.isNaN(progress)) return null;
  return Math.round(Math.min(1, Math.max(0, progress)) * 100);
}
