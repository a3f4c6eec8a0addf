import type { MessageTree } from '../i18n/fr';

/**
 * `orga.participantResults.*`: what the participant reads on the landing page about their own
 * attempt — progress and what sharing sends before they share, then their detailed results (guide
 * p.30-37: "Vous maîtrisez 65 % des compétences testées", "Vos résultats détaillés"), the guide's
 * message for their band, their badges.
 */
const participantResultsFr = {
  /** Before "Je commence": where the questions are. */
  testOnPix: "Le test lui-même se passe ensuite sur la plateforme d'évaluation Pix ; revenez sur cette page pour envoyer vos résultats.",
  progress: 'Avancement du parcours : %{percent}',
  progressLabel: 'Avancement du parcours',
  whatSharingSends: {
    title: 'Ce que vous enverrez',
    assessment:
      "En cliquant sur « J'envoie mes résultats », %{organization} recevra votre taux de réussite global, vos résultats par compétence et les badges obtenus. Avant cet envoi, seul votre avancement lui est transmis.",
    profilesCollection:
      "En cliquant sur « J'envoie mes résultats », %{organization} recevra votre profil Pix : vos pix et votre niveau dans chaque compétence, et si votre profil est certifiable. Avant cet envoi, seul votre avancement lui est transmis.",
  },
  sharedOn: 'Envoyés le %{date}.',
  mastery: 'Vous maîtrisez %{percent} des compétences testées.',
  detailed: 'Vos résultats détaillés',
  competence: 'Compétences testées',
  unknownCompetence: 'Autre compétence',
  result: 'Résultats',
  overall: 'Taux de réussite global',
  badges: 'Badges obtenus',
  pixScore: 'Votre profil Pix : %{score} pix.',
  certifiable: 'Bravo, votre profil est certifiable : vous pouvez passer la certification Pix.',
  notCertifiable: "Votre profil n'est pas encore certifiable : il faut le niveau 1 dans au moins 5 compétences.",
  keepTrace: 'Pour garder une trace de vos résultats, imprimez cette page ou enregistrez-la en PDF.',
  /** Shown in the other languages only. */
  frenchOnly: 'Les noms des compétences et des badges sont en français.',
  /** While "Je retente" runs: the result the organisation keeps until the new one is sent. */
  earlier: {
    title: 'Votre résultat envoyé',
    mastery: 'Envoyé le %{date} : vous maîtrisiez %{percent} des compétences testées.',
    profile: 'Envoyé le %{date}.',
    kept: "C'est ce résultat que %{organization} garde tant que vous n'avez pas envoyé cette nouvelle tentative.",
  },
};

const participantResultsEn: MessageTree<typeof participantResultsFr> = {
  testOnPix: 'The test itself is then taken on the Pix assessment platform; come back to this page to send your results.',
  progress: 'Progress: %{percent}',
  progressLabel: 'Progress',
  whatSharingSends: {
    title: 'What you will send',
    assessment:
      'When you click “Send my results”, %{organization} will receive your overall success rate, your results per competence and the badges you earned. Until then, only your progress is passed on.',
    profilesCollection:
      'When you click “Send my results”, %{organization} will receive your Pix profile: your pix and your level in each competence, and whether your profile is certifiable. Until then, only your progress is passed on.',
  },
  sharedOn: 'Sent on %{date}.',
  mastery: 'You master %{percent} of the competences tested.',
  detailed: 'Your detailed results',
  competence: 'Competences tested',
  unknownCompetence: 'Other competence',
  result: 'Results',
  overall: 'Overall success rate',
  badges: 'Badges earned',
  pixScore: 'Your Pix profile: %{score} pix.',
  certifiable: 'Well done, your profile is certifiable: you can take the Pix certification.',
  notCertifiable: 'Your profile is not certifiable yet: it needs level 1 in at least 5 competences.',
  keepTrace: 'To keep a record of your results, print this page or save it as a PDF.',
  frenchOnly: 'The names of the competences and badges exist in French only.',
  earlier: {
    title: 'Your result sent',
    mastery: 'Sent on %{date}: you mastered %{percent} of the competences tested.',
    profile: 'Sent on %{date}.',
    kept: '%{organization} keeps this result until you send this new attempt.',
  },
};

export const participantResultMessages = {
  fr: { participantResults: participantResultsFr },
  en: { participantResults: participantResultsEn },
};
