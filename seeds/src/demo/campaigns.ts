/** Which Pix emploi profile an assessment evaluates (null: a profiles collection). */
export type DemoTargetProfile = 'DIAGNOSTIC' | 'CLEA' | null;

export interface DemoCampaign {
  key: string;
  /**
   * Fixed, so that the README, the start banner and the browser journeys can name it. Same format
   * as the generator's (6 letters without I, L, O, then 3 digits from 2 to 9).
   */
  code: string;
  organization: string;
  /** E-mail of the demo account who creates and owns it. */
  owner: string;
  targetProfile: DemoTargetProfile;
  name: string;
  title: string | null;
  welcomeText: string | null;
  externalIdLabel: string | null;
  multipleSendings: boolean;
  createdDaysAgo: number;
  archivedDaysAgo?: number;
  /** What a reviewer finds there, for the banner and the README. */
  shows: string;
}

const WELCOME_TEXT = [
  'Bienvenue à la **Mission Locale de Limoges** !',
  "Ce *diagnostic* dure environ **20 minutes**. Il nous aide à vous proposer l'accompagnement qui correspond à votre niveau en numérique.",
  'Munissez-vous de votre *identifiant France Travail*.\nÀ la fin du test, pensez à **envoyer vos résultats** à votre conseiller.',
].join('\n\n');

/** In creation order: a campaign's participants may reuse what they did in an earlier one. */
export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    key: 'ml-autumn-diagnostic', code: 'ARCHVE287', organization: 'ml-limoges', owner: 'lea.martin@demo.orga-spe.fr', targetProfile: 'DIAGNOSTIC',
    name: "Diagnostic initial – Session d'automne 2025", title: 'Diagnostic numérique', welcomeText: null, externalIdLabel: null, multipleSendings: false,
    createdDaysAgo: 150, archivedDaysAgo: 90, shows: 'archivée : on ne peut plus la rejoindre',
  },
  {
    key: 'ml-diagnostic', code: 'JEUNES287', organization: 'ml-limoges', owner: 'lea.martin@demo.orga-spe.fr', targetProfile: 'DIAGNOSTIC',
    name: 'Diagnostic initial – Accueil des jeunes 2026', title: 'Diagnostic numérique', welcomeText: WELCOME_TEXT, externalIdLabel: 'Identifiant France Travail', multipleSendings: true,
    createdDaysAgo: 56, shows: "texte d'accueil, identifiant, envoi multiple, tous les statuts",
  },
  {
    key: 'ml-clea', code: 'CAPNUM287', organization: 'ml-limoges', owner: 'karim.benali@demo.orga-spe.fr', targetProfile: 'CLEA',
    name: 'Parcours CléA numérique – Garantie jeunes', title: 'Parcours CléA numérique', welcomeText: null, externalIdLabel: null, multipleSendings: false,
    createdDaysAgo: 40, shows: 'sans identifiant, badges CléA, les quatre paliers',
  },
  {
    key: 'ft-diagnostic', code: 'FRTRAV287', organization: 'ft-limoges', owner: 'nathalie.roux@demo.orga-spe.fr', targetProfile: 'DIAGNOSTIC',
    name: "Diagnostic initial – Demandeurs d'emploi Limoges Nord", title: null, welcomeText: null, externalIdLabel: 'Identifiant France Travail', multipleSendings: false,
    createdDaysAgo: 30, shows: 'France Travail Limoges Nord',
  },
  {
    key: 'e2c-clea', code: 'MARSEE234', organization: 'e2c-marseille', owner: 'samir.haddad@demo.orga-spe.fr', targetProfile: 'CLEA',
    name: 'Parcours CléA numérique – Promotion de printemps', title: 'Parcours CléA numérique', welcomeText: null, externalIdLabel: null, multipleSendings: false,
    createdDaysAgo: 28, shows: 'E2C Marseille',
  },
  {
    key: 'epide-diagnostic', code: 'BRDEAU233', organization: 'epide-bordeaux', owner: 'thomas.lefebvre@demo.orga-spe.fr', targetProfile: 'DIAGNOSTIC',
    name: 'Diagnostic initial – Volontaires promotion 2026', title: null, welcomeText: null, externalIdLabel: null, multipleSendings: false,
    createdDaysAgo: 20, shows: 'EPIDE Bordeaux-Blanquefort',
  },
  {
    key: 'ml-profiles', code: 'PARTAG287', organization: 'ml-limoges', owner: 'lea.martin@demo.orga-spe.fr', targetProfile: null,
    name: 'Collecte de profils – Préparation à la certification Pix', title: null, welcomeText: null, externalIdLabel: 'Identifiant France Travail', multipleSendings: false,
    createdDaysAgo: 15, shows: 'collecte de profils : certifiables et non certifiables',
  },
  {
    key: 'cap-profiles', code: 'CAPEMP287', organization: 'cap-87', owner: 'karim.benali@demo.orga-spe.fr', targetProfile: null,
    name: "Collecte de profils – Accompagnement vers l'emploi", title: null, welcomeText: null, externalIdLabel: null, multipleSendings: false,
    createdDaysAgo: 10, shows: 'Cap emploi 87',
  },
];

export function demoCampaign(key: string): DemoCampaign {
  const campaign = DEMO_CAMPAIGNS.find((candidate) => candidate.key === key);
  if (!campaign) throw new Error(`No demo campaign "${key}"`);
  return campaign;
}
