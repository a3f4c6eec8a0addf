import { bandMessage } from '../public/participantResult';

/**
 * The guide's band messages and advice come from the API in French (the guide's own words). In
 * English mode the console shows translations of the fixed ones, by band key: the participant's
 * message as the landing page translates it (public/participantResult.ts, one English for both
 * screens), the advisor's advice below; a band it does not know stays in French and says so.
 */
export const BAND_ADVICE_EN: Record<string, { advice: string }> = {
  DIAGNOSTIC_BELOW_50: {
    advice: 'Low overall level: an action for complete beginners will benefit them.',
  },
  DIAGNOSTIC_50_TO_80: {
    advice: 'Basics in some competences: they carry out elementary actions and apply a simple procedure with guidance.',
  },
  DIAGNOSTIC_ABOVE_80: {
    advice: 'The basics in most competences: point them to the CléA numérique assessment to confirm it.',
  },
  CLEA_BELOW_25: {
    advice: 'Difficulties with elementary practices: an action to strengthen basic skills could be offered.',
  },
  CLEA_25_TO_60: {
    advice: 'Some basics: a support action targeted at their weak points could be offered.',
  },
  CLEA_60_TO_85: {
    advice: 'Simple actions in common situations: they are close to using digital tools independently.',
  },
  CLEA_ABOVE_85: {
    advice: 'Independent in most competences: they earn the “Pix emploi” badge and can try the CléA numérique.',
  },
};

/** The band's texts in the interface's language, and whether they had to stay in French. */
export function bandTexts(band: { key: string; message: string; advice: string }, locale: string): { message: string; advice: string; frenchOnly: boolean } {
  if (locale !== 'en') return { message: band.message, advice: band.advice, frenchOnly: false };
  const message = bandMessage(band, locale);
  const advice = BAND_ADVICE_EN[band.key];
  return message.lang === 'en' && advice ? { message: message.text, advice: advice.advice, frenchOnly: false } : { message: band.message, advice: band.advice, frenchOnly: true };
}
