import { OrganizationType } from '@orga-spe/api';

/** Structures of the demo, with real-looking names and places (guide and "Pix emploi a 5 ans"). */
export interface DemoOrganization {
  key: string;
  name: string;
  type: OrganizationType;
  network: string;
  city: string;
  postalCode: string;
  department: string;
  region: string;
  siret: string;
  parentKey?: string;
  isCertificationCenter?: boolean;
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'ml-limoges', name: 'Mission Locale de Limoges', type: OrganizationType.MISSION_LOCALE, network: 'UNML', city: 'Limoges', postalCode: '87000', department: 'Haute-Vienne', region: 'Nouvelle-Aquitaine', siret: '77567227221187' },
  { key: 'ft-na', name: 'France Travail Nouvelle-Aquitaine', type: OrganizationType.FRANCE_TRAVAIL, network: 'FRANCE_TRAVAIL', city: 'Bordeaux', postalCode: '33000', department: 'Gironde', region: 'Nouvelle-Aquitaine', siret: '13000548100010' },
  { key: 'ft-limoges', name: 'France Travail Limoges Nord', type: OrganizationType.FRANCE_TRAVAIL, network: 'FRANCE_TRAVAIL', city: 'Limoges', postalCode: '87100', department: 'Haute-Vienne', region: 'Nouvelle-Aquitaine', siret: '13000548100028', parentKey: 'ft-na' },
  { key: 'ft-pau', name: 'France Travail Pau Berlioz', type: OrganizationType.FRANCE_TRAVAIL, network: 'FRANCE_TRAVAIL', city: 'Pau', postalCode: '64000', department: 'Pyrénées-Atlantiques', region: 'Nouvelle-Aquitaine', siret: '13000548100036', parentKey: 'ft-na' },
  { key: 'cap-87', name: 'Cap emploi 87', type: OrganizationType.CAP_EMPLOI, network: 'CHEOPS', city: 'Limoges', postalCode: '87000', department: 'Haute-Vienne', region: 'Nouvelle-Aquitaine', siret: '41234567800012' },
  { key: 'e2c-marseille', name: 'École de la 2e Chance de Marseille', type: OrganizationType.E2C, network: 'RESEAU_E2C', city: 'Marseille', postalCode: '13015', department: 'Bouches-du-Rhône', region: "Provence-Alpes-Côte d'Azur", siret: '42345678900019' },
  { key: 'epide-bordeaux', name: 'EPIDE Bordeaux-Blanquefort', type: OrganizationType.EPIDE, network: 'EPIDE', city: 'Blanquefort', postalCode: '33290', department: 'Gironde', region: 'Nouvelle-Aquitaine', siret: '48912345600019', isCertificationCenter: true },
];
