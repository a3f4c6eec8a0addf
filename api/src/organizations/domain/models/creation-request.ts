import type { Address } from './address.js';
import type { OrganizationType } from './organization.js';

export enum CreationRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** A would-be administrator's request for an Orga space (guide p.50). */
export interface CreationRequest {
  id: string;
  requesterId: string;
  name: string;
  type: OrganizationType;
  siret: string;
  address: Address;
  networkId: string | null;
  directorName: string;
  mandateStatement: string;
  status: CreationRequestStatus;
  rejectionReason: string | null;
  processedById: string | null;
  processedAt: Date | null;
  organizationId: string | null;
  createdAt: Date;
}
