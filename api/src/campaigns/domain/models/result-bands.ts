import { PIX_EMPLOI_CLEA_TARGET_PROFILE_ID, PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID } from '../../../shared/pix-emploi-profiles.js';

export interface ResultBand {
  key: string;
  /** The band holds rates below this (exclusive)… */
  below?: number;
  /** …or up to this (inclusive); the last band has neither. Bands are tried in order. */
  upTo?: number;
  /** What the guide tells the advisor (p.23-24). */
  advice: string;
  /** What the participant reads on their results page. */
  message: string;
}

/**
 * The guide's bands of global mastery for the two Pix emploi profiles. Where the guide's ranges
 * meet ("entre 50 et 80 %", "plus de 80 %"), the bound goes to the band the guide names with it:
 * 80 % is still "entre 50 et 80 %"; 85 % is the CléA badge's threshold, so it opens the top band.
 */
export const RESULT_BANDS: Record<string, ResultBand[]> = {
  [PIX_EMPLOI_DIAGNOSTIC_TARGET_PROFILE_ID]: [
    { key: 'DIAGNOSTIC_BELOW_50', below: 0.5, advice: "Niveau global faible : une action à destination d'un public très débutant lui sera profitable.", message: 'Commençons par les bases !' },
    { key: 'DIAGNOSTIC_50_TO_80', upTo: 0.8, advice: 'Des bases dans certaines compétences : il réalise des actions élémentaires et applique une procédure simple en étant guidé.', message: 'Les premières bases sont là !' },
    { key: 'DIAGNOSTIC_ABOVE_80', advice: 'Les bases dans l’essentiel des compétences : orientez-le vers le parcours CléA numérique pour le confirmer.', message: 'Vous vous en sortez globalement bien sur ce premier parcours ! Tentez un test plus long pour vous confronter à des situations plus complexes !' },
  ],
  [PIX_EMPLOI_CLEA_TARGET_PROFILE_ID]: [
    { key: 'CLEA_BELOW_25', below: 0.25, advice: 'Difficultés sur des pratiques élémentaires : une action de renforcement des compétences de base pourrait lui être proposée.', message: "Bravo d'être allé au bout du parcours ! Nous allons pouvoir vous proposer un accompagnement au plus près de vos besoins." },
    { key: 'CLEA_25_TO_60', below: 0.6, advice: "Quelques bases : une action d'accompagnement ciblée sur ses points faibles pourrait lui être proposée.", message: "Bravo d'être allé au bout du parcours, les premières bases sont là !" },
    { key: 'CLEA_60_TO_85', below: 0.85, advice: "Actions simples dans les situations courantes : il s'approche d'un usage autonome du numérique.", message: 'Vous vous en sortez bien dans les situations les plus courantes, tout en ayant besoin d’un coup de main de temps à autre... A priori, seuls quelques points restent à renforcer pour être autonome !' },
    { key: 'CLEA_ABOVE_85', advice: 'Autonome dans la plupart des compétences : il obtient le badge « Pix emploi » et peut tenter le CléA numérique.', message: "Vous maîtrisez l'essentiel, et êtes capable d'utiliser le numérique en autonomie en milieu professionnel !" },
  ],
};

export function bandsOf(targetProfileId: string | null): ResultBand[] {
  return (targetProfileId && RESULT_BANDS[targetProfileId]) || [];
}

export function bandOf(bands: ResultBand[], masteryRate: number): ResultBand | null {
  return bands.find((band) => (band.below !== undefined ? masteryRate < band.below : band.upTo !== undefined ? masteryRate <= band.upTo : true)) ?? null;
}

/** How many results fall in each band, from counts per mastery rate; bands in the guide's order. */
export function countByBand(bands: ResultBand[], rateCounts: Iterable<{ masteryRate: number; count: number }>): (ResultBand & { count: number })[] {
  const counted = bands.map((band) => ({ ...band, count: 0 }));
  for (const { masteryRate, count } of rateCounts) {
    const band = bandOf(bands, masteryRate);
    if (band) counted.find((entry) => entry.key === band.key)!.count += count;
  }
  return counted;
}
