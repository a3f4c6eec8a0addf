import type { MessageTree } from '../i18n/fr';

const fr = {
  organization: 'Chiffres de %{name}',
  national: 'Chiffres nationaux (toutes les structures)',
  participations: 'Participations',
  started: 'En cours de test',
  toShare: 'En attente',
  shared: 'Résultats reçus',
  shareRate: 'Taux de partage',
  diagnosticBands: 'Résultats du Diagnostic initial',
  cleaBands: 'Résultats du Parcours CléA numérique',
  zero: {
    organization:
      "Tout est à zéro : personne n'a encore commencé de parcours dans vos campagnes. Les chiffres se rempliront dès que les personnes que vous accompagnez entreront le code parcours d'une campagne.",
    national: "Tout est à zéro : aucune participation n'a encore été enregistrée, dans aucune structure.",
    noResult: 'Aucun résultat reçu pour le moment : un résultat compte ici quand le participant l’envoie, à la fin de son parcours.',
    campaigns: 'Voir les campagnes',
  },
  help: {
    title: "Besoin d'aide ?",
    intro: 'Pour prendre en main Pix emploi et Pix Orga :',
    guide: "Le guide d'utilisation Pix emploi",
    community: 'La communauté Pix (communaute.pix.fr), le forum des utilisateurs professionnels : FAQ et questions',
    helpCenter: "Le centre d'aide de Pix (support.pix.fr)",
    support: 'Le support technique : support@pix.fr',
    newTab: "(s'ouvre dans un nouvel onglet)",
  },
};

const en: MessageTree<typeof fr> = {
  organization: 'Figures of %{name}',
  national: 'National figures (every organisation)',
  participations: 'Participations',
  started: 'Test in progress',
  toShare: 'Waiting',
  shared: 'Results received',
  shareRate: 'Share rate',
  diagnosticBands: 'Diagnostic initial results',
  cleaBands: 'CléA numérique path results',
  zero: {
    organization:
      'Everything is at zero: nobody has started a path in your campaigns yet. The figures fill in as soon as the people you support enter the campaign code of a campaign.',
    national: 'Everything is at zero: no participation has been recorded yet, in any organisation.',
    noResult: 'No result received yet: a result counts here when the participant sends it, at the end of their path.',
    campaigns: 'See the campaigns',
  },
  help: {
    title: 'Need help?',
    intro: 'To get started with Pix emploi and Pix Orga:',
    guide: 'The Pix emploi user guide (French)',
    community: 'The Pix community (communaute.pix.fr), the forum of professional users: FAQ and questions (French)',
    helpCenter: 'The Pix help centre (support.pix.fr)',
    support: 'Technical support: support@pix.fr',
    newTab: '(opens in a new tab)',
  },
};

/** `orga.figures.*`: the dashboard's figures (PRODUCT.md "Dashboards"), what zeros mean, and where to find help. */
export const figuresMessages = { fr, en };
