/**
 * Messages of the advisor's result screens added for issue 13 (band message and advice, levels of
 * a profiles collection, sendings, collective figures), spread into i18n/fr.ts and i18n/en.ts
 * under `orga.resultScreens`. Both languages have exactly the same keys (i18n.test.ts).
 * The English of the guide's band messages is in bandTranslations.ts.
 */
const fr = {
  frenchOnly: '(en français uniquement)',
  competenceNamesFrenchOnly: 'Les noms des compétences sont ceux du référentiel Pix, en français.',
  band: {
    title: 'Message du guide pour ce résultat',
    message: 'Ce que lit le participant',
    advice: 'Conseil pour l’accompagnement',
  },
  levels: {
    title: 'Niveaux par compétence (%{smart_count})',
    competence: 'Compétence',
    level: 'Niveau',
    pix: 'Pix',
    levelValue: 'Niveau %{level}',
  },
  certifiable: {
    title: 'Certification Pix',
    explanation: 'Un profil est certifiable à partir du niveau 1 dans au moins 5 compétences.',
  },
  sendings: {
    title: 'Envois de ce participant dans la campagne (%{smart_count})',
    startedAt: 'Commencé le',
    sharedAt: 'Partagé le',
    result: 'Résultat',
    shown: 'affiché',
    kept: 'résultat retenu',
    open: 'Envoi du %{date}',
    runningWithResult:
      'Un nouvel envoi est en cours : le résultat de ce participant reste celui de son dernier envoi partagé, du %{date}.',
    openKept: 'Voir le résultat retenu',
  },
  collective: {
    validatedAverage: 'Acquis validés (moyenne)',
    tested: 'Acquis évalués',
    levelsTitle: 'Niveaux moyens par compétence',
    averageLevel: 'Niveau (moyenne)',
    averagePix: 'Pix (moyenne)',
    certifiableTitle: 'Profils certifiables',
    certifiableShare: '%{count} sur %{total} profils reçus (%{percent})',
  },
  participants: {
    badges: 'Badges',
  },
};

const en: typeof fr = {
  frenchOnly: '(in French only)',
  competenceNamesFrenchOnly: 'Competence names come from the Pix referential, in French only.',
  band: {
    title: "The guide's message for this result",
    message: 'What the participant reads',
    advice: 'Advice for your support',
  },
  levels: {
    title: 'Levels by competence (%{smart_count})',
    competence: 'Competence',
    level: 'Level',
    pix: 'Pix',
    levelValue: 'Level %{level}',
  },
  certifiable: {
    title: 'Pix certification',
    explanation: 'A profile is certifiable from level 1 in at least 5 competences.',
  },
  sendings: {
    title: "This participant's sendings in the campaign (%{smart_count})",
    startedAt: 'Started on',
    sharedAt: 'Shared on',
    result: 'Result',
    shown: 'shown',
    kept: 'result kept',
    open: 'Sending of %{date}',
    runningWithResult: "A new sending is in progress: this participant's result stays that of their latest shared sending, of %{date}.",
    openKept: 'See the result kept',
  },
  collective: {
    validatedAverage: 'Validated skills (average)',
    tested: 'Evaluated skills',
    levelsTitle: 'Average levels by competence',
    averageLevel: 'Level (average)',
    averagePix: 'Pix (average)',
    certifiableTitle: 'Certifiable profiles',
    certifiableShare: '%{count} of %{total} profiles received (%{percent})',
  },
  participants: {
    badges: 'Badges',
  },
};

export const resultScreenMessages = { fr, en };
