export enum OrganizationType {
  MISSION_LOCALE = 'MISSION_LOCALE',
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  CAP_EMPLOI = 'CAP_EMPLOI',
  E2C = 'E2C',
  EPIDE = 'EPIDE',
  OTHER = 'OTHER',
}

/** Where Pix emploi advisors find the kit; an organisation may point to its own. */
export const DEFAULT_DOCUMENTATION_URL = 'https://pix.fr/pix-emploi';

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  department: string | null;
  region: string | null;
}

export interface Organization extends Address {
  id: string;
  name: string;
  type: OrganizationType;
  networkId: string | null;
  parentId: string | null;
  externalId: string | null;
  siret: string | null;
  documentationUrl: string;
  isCertificationCenter: boolean;
  createdAt: Date;
  createdById: string | null;
  archivedAt: Date | null;
  archivedById: string | null;
}

export interface Network {
  id: string;
  code: string;
  name: string;
}
