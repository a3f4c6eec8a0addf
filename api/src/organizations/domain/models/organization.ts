import type { Address } from './address.js';

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

export interface Organization {
  id: string;
  name: string;
  type: OrganizationType;
  networkId: string | null;
  parentId: string | null;
  externalId: string | null;
  siret: string | null;
  address: Address;
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
