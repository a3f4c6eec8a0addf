/**
 * The guide's band messages and advice come from the API in French (the guide's own words). In
 * English mode the console shows these translations of the fixed ones, by band key; a band it
 * does not know stays in French and says so.
 */
export const BAND_TRANSLATIONS_EN: Record<string, { message: string; advice: string }> = {
  DIAGNOSTIC_BELOW_50: {
    message: "Let's start with the basics!",
    advice: 'Low overall level: an action for complete beginners will benefit them.',
  },
  DIAGNOSTIC_50_TO_80: {
    message: 'The first basics are there!',
    advice: 'Basics in some competences: they carry out elementary actions and apply a simple procedure with guidance.',
  },
  DIAGNOSTIC_ABOVE_80: {
    message: 'You are doing well overall on this first assessment! Try a longer test to face more complex situations!',
    advice: 'The basics in most competences: point them to the CléA numérique assessment to confirm it.',
  },
  CLEA_BELOW_25: {
    message: 'Well done for completing the assessment! We will be able to offer you support that fits your needs.',
    advice: 'Difficulties with elementary practices: an action to strengthen basic skills could be offered.',
  },
  CLEA_25_TO_60: {
    message: 'Well done for completing the assessment, the first basics are there!',
    advice: 'Some basics: a support action targeted at their weak points could be offered.',
  },
  CLEA_60_TO_85: {
    message: 'You manage well in the most common situations, while needing a hand from time to time... Only a few points seem left to strengthen to be independent!',
    advice: 'Simple actions in common situations: they are close to using digital tools independently.',
  },
  CLEA_ABOVE_85: {
    message: 'You master the essentials, and can use digital tools independently at work!',
    advice: 'Independent in most competences: they earn the “Pix emploi” badge and can try the CléA numérique.',
  },
};

/** The band's texts in the interface's language, and whether they had to stay in French. */
export function bandTexts(band: { key: string; message: string; advice: string }, locale: string): { message: string; advice: string; frenchOnly: boolean } {
  if (locale !== 'en') return { message: band.message, advice: band.advice, frenchOnly: false };
  const english = BAND_TRANSLATIONS_EN[band.key];
  return english ? { ...english, frenchOnly: false } : { message: band.message, advice: band.advice, frenchOnly: true };
}
