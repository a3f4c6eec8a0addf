import type { Page } from '../../shared/pagination.js';
import type { Jurisdiction } from '../../shared/auth/partner-scopes.js';
import type { PartnerClient } from './models/partner-client.js';
import type { AttemptView, DeliveryView, EventType, WebhookEndpoint } from './models/webhook.js';
import type { StoredEvent } from './event-payload.js';

export interface ClientSecretRecord {
  id: string;
  partnerClientId: string;
  expiresAt: Date | null;
}

export interface PartnerClientRepository {
  insert(client: PartnerClient): Promise<void>;
  /** NOT_FOUND when unknown. */
  get(id: string): Promise<PartnerClient>;
  findById(id: string): Promise<PartnerClient | null>;
  findByClientId(clientId: string): Promise<PartnerClient | null>;
  list(filter: { networkId?: string | null }, page: { first: number; offset: number }): Promise<Page<PartnerClient>>;
  markRevoked(id: string, at: Date): Promise<void>;
  markUsed(id: string, at: Date, ip: string): Promise<void>;
  insertSecret(partnerClientId: string, secretHash: string, at: Date): Promise<void>;
  /** Every secret of the client still valid at `at` stops being valid at `until` (a rotation's overlap). */
  expireSecrets(partnerClientId: string, at: Date, until: Date): Promise<void>;
  /** The client's secret with this hash, if it is still valid at `at`. */
  findValidSecret(partnerClientId: string, secretHash: string, at: Date): Promise<ClientSecretRecord | null>;
}

export type ClientAuditAction = 'CREATED' | 'SECRET_ROTATED' | 'REVOKED' | 'TOKEN_ISSUED' | 'TOKEN_REFUSED';

export interface ClientAuditEntry {
  partnerClientId: string | null;
  /** The `client_id` as the caller gave it (a refusal may name no known client). */
  givenClientId: string | null;
  action: ClientAuditAction;
  /** OK, or why it was refused (`invalid_client`, `CLIENT_REVOKED`, `invalid_scope`…). */
  outcome: string;
  ip: string | null;
  actorUserId: string | null;
}

export interface ClientAuditTrail {
  record(entry: ClientAuditEntry, at: Date): Promise<void>;
}

export interface WebhookStore {
  insert(endpoint: WebhookEndpoint, secret: string): Promise<void>;
  /** The live endpoint of this client (any client's when null); NOT_FOUND otherwise. */
  getOwned(id: string, partnerClientId: string | null): Promise<WebhookEndpoint>;
  listOfClient(partnerClientId: string): Promise<WebhookEndpoint[]>;
  update(id: string, patch: { url?: string; description?: string | null; eventTypes?: EventType[]; enabled?: boolean }, at: Date): Promise<void>;
  markDeleted(id: string, at: Date): Promise<void>;
  deliveries(endpointId: string, first: number): Promise<DeliveryView[]>;
  attemptsOf(deliveryIds: readonly string[]): Promise<Map<string, AttemptView[]>>;
  replay(endpoint: WebhookEndpoint, selection: { eventIds?: readonly string[] | null; from?: Date | null; to?: Date | null }, jurisdiction: Jurisdiction, at: Date): Promise<number>;
}

export interface EventFeed {
  page(query: { networkId: string; regions: readonly string[]; departments: readonly string[]; types: readonly string[]; after: { xid: string; id: string } | null; since: Date; limit: number }): Promise<(StoredEvent & { xid: string })[]>;
}
