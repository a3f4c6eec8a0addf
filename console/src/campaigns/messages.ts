/**
 * Messages of the campaign screens (campaigns, participants, results, landing page), in the
 * guide's vocabulary (Part 2, p.48-75). Spread into i18n/fr.ts and i18n/en.ts; both languages have
 * exactly the same keys (i18n.test.ts).
 */
const campaignsFr = {
  noOrganization: "Vous n'êtes membre d'aucune organisation : les campagnes se gèrent depuis l'espace d'une structure.",
  list: {
    title: 'Campagnes',
    tabs: 'Campagnes actives ou archivées',
    active: 'Actives',
    archived: 'Archivées',
    create: 'Créer une campagne',
    search: 'Rechercher une campagne',
    owner: 'Créé par',
    everyone: 'Tout le monde',
    mine: 'Mes campagnes',
    phoneCounts: '%{participants} participant(s), %{shared} résultat(s) reçu(s)',
  },
  create: { title: "Création d'une campagne", submit: 'Créer la campagne' },
  edit: {
    title: 'Modifier la campagne « %{name} »',
    archived: 'Cette campagne est archivée : désarchivez-la pour la modifier.',
    hasParticipants: "Des personnes ont déjà participé : l'identifiant demandé et les envois multiples ne peuvent plus être modifiés.",
  },
  form: {
    name: 'Nom de la campagne',
    nameHelp: 'Visible uniquement par les membres de votre espace. Exemple : « Diagnostic Pix emploi - groupe Garantie jeunes - mars 2020 ».',
    whatToTest: 'Que souhaitez-vous tester ?',
    profilesCollection: 'Collecter les profils Pix des participants',
    asksExternalId: 'Souhaitez-vous demander un identifiant ?',
    yes: 'Oui',
    no: 'Non',
    externalIdLabel: "Libellé de l'identifiant",
    externalIdLabelHelp: 'Exemple : « Numéro de l\'étudiant » ou « Adresse e-mail professionnelle »',
    externalIdType: "Type de l'identifiant",
    title: 'Titre du parcours',
    titleHelp: 'Visible par les participants. Exemple : « Diagnostic Pix emploi ».',
    welcomeText: "Texte de la page d'accueil",
    welcomeTextHelp:
      'Italique : *texte en italique*    Gras : **texte en gras**    Gras et italique : ***texte***\nSaut de ligne : 2 fois « Entrée »',
    preview: 'Aperçu pour les participants',
    previewEmpty: "Le texte que vous écrivez s'affichera ici tel que les participants le liront.",
    multipleSendings: 'Envoi multiple',
    multipleSendingsHelp: 'Permettre aux participants de retenter le parcours et de renvoyer leurs résultats.',
  },
  externalIdTypes: { STRING: 'Texte libre', EMAIL: 'Adresse e-mail' },
  show: {
    back: 'Campagnes',
    code: 'Code parcours',
    copyCode: 'Copier le code parcours',
    copyUrl: 'Copier le lien direct',
    copied: 'Copié dans le presse-papiers',
    copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le.',
    details: 'Détails',
    participants: 'Participants (%{count})',
    collectiveResults: 'Résultats collectifs',
    whatIsTested: 'Profil cible',
    externalIdLabel: "Libellé de l'identifiant",
    noExternalId: 'Aucun identifiant demandé',
    url: 'Lien direct',
    createdOn: 'créée le %{date}',
    archivedAt: 'Archivée le',
    archived: 'Archivée',
    edit: 'Modifier',
  },
  archive: {
    button: 'Archiver',
    confirmTitle: 'Archiver la campagne ?',
    confirmContent:
      "Une campagne archivée ne peut plus être rejointe par un nouveau participant, un participant ne peut plus y envoyer ses résultats et elle ne peut plus être modifiée. Vous pourrez la désarchiver.",
    done: 'Campagne archivée',
  },
  unarchive: { button: 'Désarchiver', done: 'Campagne désarchivée' },
};

const campaignsEn: typeof campaignsFr = {
  noOrganization: 'You are not a member of any organisation: campaigns are managed from a structure’s space.',
  list: {
    title: 'Campaigns',
    tabs: 'Active or archived campaigns',
    active: 'Active',
    archived: 'Archived',
    create: 'Create a campaign',
    search: 'Search a campaign',
    owner: 'Created by',
    everyone: 'Everyone',
    mine: 'My campaigns',
    phoneCounts: '%{participants} participant(s), %{shared} result(s) received',
  },
  create: { title: 'New campaign', submit: 'Create the campaign' },
  edit: {
    title: 'Edit the campaign “%{name}”',
    archived: 'This campaign is archived: unarchive it to edit it.',
    hasParticipants: 'People have already taken part: the identifier asked and multiple sendings can no longer change.',
  },
  form: {
    name: 'Campaign name',
    nameHelp: 'Seen only by the members of your space. Example: “Pix emploi diagnostic - Youth guarantee group - March 2020”.',
    whatToTest: 'What do you want to test?',
    profilesCollection: "Collect the participants' Pix profiles",
    asksExternalId: 'Do you want to ask for an identifier?',
    yes: 'Yes',
    no: 'No',
    externalIdLabel: 'Identifier label',
    externalIdLabelHelp: 'Example: “Student number” or “Work e-mail address”',
    externalIdType: 'Identifier type',
    title: 'Assessment title',
    titleHelp: 'Seen by participants. Example: “Pix emploi diagnostic”.',
    welcomeText: 'Welcome page text',
    welcomeTextHelp: 'Italic: *italic text*    Bold: **bold text**    Bold and italic: ***text***\nNew paragraph: press Enter twice',
    preview: 'Preview for participants',
    previewEmpty: 'The text you write will show here as participants will read it.',
    multipleSendings: 'Multiple sendings',
    multipleSendingsHelp: 'Let participants retry the assessment and send their results again.',
  },
  externalIdTypes: { STRING: 'Free text', EMAIL: 'E-mail address' },
  show: {
    back: 'Campaigns',
    code: 'Campaign code',
    copyCode: 'Copy the campaign code',
    copyUrl: 'Copy the direct link',
    copied: 'Copied to the clipboard',
    copyFailed: 'Copying failed: select the text and copy it.',
    details: 'Details',
    participants: 'Participants (%{count})',
    collectiveResults: 'Collective results',
    whatIsTested: 'Target profile',
    externalIdLabel: 'Identifier label',
    noExternalId: 'No identifier asked',
    url: 'Direct link',
    createdOn: 'created on %{date}',
    archivedAt: 'Archived on',
    archived: 'Archived',
    edit: 'Edit',
  },
  archive: {
    button: 'Archive',
    confirmTitle: 'Archive the campaign?',
    confirmContent:
      'No new participant can join an archived campaign, participants can no longer send their results to it and it can no longer be edited. You can unarchive it.',
    done: 'Campaign archived',
  },
  unarchive: { button: 'Unarchive', done: 'Campaign unarchived' },
};

const participantsFr = {
  status: { STARTED: 'En cours de test', TO_SHARE: 'En attente', SHARED: 'Résultats reçus' },
  certifiable: { yes: 'Certifiable', no: 'Non certifiable' },
  search: 'Rechercher un nom ou un identifiant',
  allStatuses: 'Tous',
  empty: "Personne n'a encore commencé ce parcours : les participants s'affichent ici dès qu'ils le commencent.",
  sort: { label: 'Trier par', name: 'Nom (A → Z)', date: 'Date de début (récentes d’abord)' },
  fields: {
    lastName: 'Nom',
    firstName: 'Prénom',
    startedAt: 'Commencé le',
    status: 'Statut',
    result: 'Résultats',
    certifiable: 'Certifiable',
  },
};

const participantsEn: typeof participantsFr = {
  status: { STARTED: 'Test in progress', TO_SHARE: 'Waiting', SHARED: 'Results received' },
  certifiable: { yes: 'Certifiable', no: 'Not certifiable' },
  search: 'Search a name or an identifier',
  allStatuses: 'All',
  empty: 'No one has started this assessment yet: participants show here as soon as they start it.',
  sort: { label: 'Sort by', name: 'Name (A → Z)', date: 'Start date (newest first)' },
  fields: {
    lastName: 'Last name',
    firstName: 'First name',
    startedAt: 'Started on',
    status: 'Status',
    result: 'Results',
    certifiable: 'Certifiable',
  },
};

const resultsFr = {
  export: {
    button: 'Exporter résultats (.csv)',
    progress: '%{rows} lignes reçues (%{size})',
    done: '%{smart_count} ligne exportée |||| %{smart_count} lignes exportées',
  },
  collective: {
    title: 'Résultats collectifs par compétence',
    competence: 'Compétences',
    average: 'Résultats (moyenne)',
    participants: 'Participants',
    none: "Aucun résultat reçu pour l'instant : les résultats collectifs s'affichent dès qu'un participant envoie les siens.",
  },
  bands: {
    title: 'Répartition des résultats',
    below: 'Moins de %{to}',
    between: 'De %{from} à %{to}',
    above: 'Plus de %{from}',
    all: 'Tous les résultats',
    count: '%{smart_count} participant |||| %{smart_count} participants',
  },
  participant: {
    back: 'Participants',
    anonymous: 'Participant anonymisé',
    progress: 'Avancement',
    startedAt: 'Commencé le',
    sharedAt: 'Partagé le',
    validatedSkills: 'Acquis validés',
    testedSkills: 'Acquis évalués',
    result: 'Résultat',
    pixScore: 'Pix',
    results: 'Résultats',
    competences: 'Compétences (%{smart_count})',
    notShared: "Tant que le participant n'a pas envoyé ses résultats, ils ne s'affichent pas dans votre espace.",
  },
};

const resultsEn: typeof resultsFr = {
  export: {
    button: 'Export results (.csv)',
    progress: '%{rows} rows received (%{size})',
    done: '%{smart_count} row exported |||| %{smart_count} rows exported',
  },
  collective: {
    title: 'Collective results by competence',
    competence: 'Competences',
    average: 'Results (average)',
    participants: 'Participants',
    none: 'No results received yet: collective results show as soon as a participant sends theirs.',
  },
  bands: {
    title: 'Spread of results',
    below: 'Below %{to}',
    between: 'From %{from} to %{to}',
    above: 'Above %{from}',
    all: 'All results',
    count: '%{smart_count} participant |||| %{smart_count} participants',
  },
  participant: {
    back: 'Participants',
    anonymous: 'Anonymised participant',
    progress: 'Progress',
    startedAt: 'Started on',
    sharedAt: 'Shared on',
    validatedSkills: 'Validated skills',
    testedSkills: 'Evaluated skills',
    result: 'Result',
    pixScore: 'Pix',
    results: 'Results',
    competences: 'Competences (%{smart_count})',
    notShared: 'Until the participant sends their results, they do not show in your space.',
  },
};

const landingFr = {
  brand: 'Pix emploi · service public de l’emploi',
  defaultTitle: 'Commencez votre parcours',
  start: 'Je commence',
  consent:
    "Les informations relatives à votre avancée seront transmises à l'organisateur du parcours pour lui permettre de vous accompagner. Les résultats des tests ne lui seront transmis qu'avec votre consentement.",
  identifierPrompt: 'Avant de commencer, renseignez l’identifiant demandé par votre conseiller.',
  unknown: 'Le code parcours « %{code} » ne correspond à aucune campagne. Vérifiez le lien ou le code transmis par votre conseiller.',
  closed: "Cette campagne est close : elle n'accepte plus de participants ni d'envoi de résultats. Rapprochez-vous de votre conseiller.",
  signedInAs: 'Connecté en tant que %{name}.',
  notYou: "Ce n'est pas vous ? Se déconnecter",
  auth: {
    title: 'Connexion ou inscription',
    signIn: "J'ai déjà un compte",
    signUp: 'Je crée mon compte',
    firstName: 'Prénom',
    lastName: 'Nom',
    passwordRules: 'Au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.',
    terms: "J'accepte les conditions générales d'utilisation",
    signInSubmit: 'Je me connecte',
    signUpSubmit: "Je m'inscris",
  },
  participation: {
    startedTitle: 'Votre parcours est en cours',
    engineOutOfScope:
      "Le test lui-même (les questions) se passe sur la plateforme d'évaluation Pix, qui enregistre vos réponses. Quand vous l'avez terminé, revenez sur cette page pour envoyer vos résultats à votre conseiller.",
    refresh: 'Actualiser',
    finishedTitle: 'Vous avez terminé le parcours !',
    shareInvite: "Envoyez vos résultats à l'organisateur du parcours pour qu'il puisse vous accompagner.",
    share: "J'envoie mes résultats",
    sharedTitle: 'Merci, vos résultats ont été envoyés à %{organization}.',
  },
  retry: {
    title: "Envie d'améliorer vos résultats ?",
    invite: 'Vous pouvez retenter certaines questions',
    retry: 'Je retente',
    reset: 'Remettre à zéro',
    notYet: 'Vous pourrez retenter à partir du %{date}.',
    resetConfirmTitle: 'Remettre le parcours à zéro ?',
    resetConfirmContent:
      'Toutes les questions vous seront posées de nouveau, y compris celles que vous aviez réussies. Pour ne repasser que les questions échouées, choisissez plutôt « Je retente ».',
  },
};

const landingEn: typeof landingFr = {
  brand: 'Pix emploi · public employment service',
  defaultTitle: 'Start your assessment',
  start: 'Start',
  consent:
    'Information about your progress will be passed on to the organiser so that they can support you. Test results are passed on only with your consent.',
  identifierPrompt: 'Before starting, fill in the identifier your adviser asks for.',
  unknown: 'The campaign code “%{code}” matches no campaign. Check the link or the code your adviser gave you.',
  closed: 'This campaign is closed: it no longer accepts participants or results. Contact your adviser.',
  signedInAs: 'Signed in as %{name}.',
  notYou: 'Not you? Sign out',
  auth: {
    title: 'Sign in or sign up',
    signIn: 'I have an account',
    signUp: 'I create my account',
    firstName: 'First name',
    lastName: 'Last name',
    passwordRules: 'At least 8 characters, with an upper-case letter, a lower-case letter and a digit.',
    terms: 'I accept the terms of service',
    signInSubmit: 'Sign in',
    signUpSubmit: 'Sign up',
  },
  participation: {
    startedTitle: 'Your assessment is in progress',
    engineOutOfScope:
      'The test itself (the questions) is taken on the Pix assessment platform, which records your answers. Once you have finished it, come back to this page to send your results to your advisor.',
    refresh: 'Refresh',
    finishedTitle: 'You have finished the assessment!',
    shareInvite: 'Send your results to the organiser so that they can support you.',
    share: 'Send my results',
    sharedTitle: 'Thank you, your results were sent to %{organization}.',
  },
  retry: {
    title: 'Want to improve your results?',
    invite: 'You can try some questions again',
    retry: 'Try again',
    reset: 'Start from scratch',
    notYet: 'You can try again from %{date}.',
    resetConfirmTitle: 'Start the assessment from scratch?',
    resetConfirmContent:
      'Every question will be asked again, including the ones you got right. To retake only the questions you failed, choose “Try again” instead.',
  },
};

const resourcesFr = {
  name: 'Campagne |||| Campagnes',
  fields: {
    name: 'Campagnes',
    owner: 'Créé par',
    createdAt: 'Créé le',
    participantsCount: 'Participants',
    sharedParticipationsCount: 'Résultats reçus',
  },
};

const resourcesEn: typeof resourcesFr = {
  name: 'Campaign |||| Campaigns',
  fields: {
    name: 'Campaigns',
    owner: 'Created by',
    createdAt: 'Created on',
    participantsCount: 'Participants',
    sharedParticipationsCount: 'Results received',
  },
};

/** Under `orga.*`: `orga.campaigns`, `orga.participants`, `orga.results`, `orga.landing`. */
export const campaignMessages = {
  fr: { campaigns: campaignsFr, participants: participantsFr, results: resultsFr, landing: landingFr },
  en: { campaigns: campaignsEn, participants: participantsEn, results: resultsEn, landing: landingEn },
};

/** Under `resources.*`. */
export const campaignResourceMessages = {
  fr: { campaigns: resourcesFr },
  en: { campaigns: resourcesEn },
};
