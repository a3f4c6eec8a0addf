import { assertScope } from '../../../shared/auth/partner-scopes.js';
import type { PartnerPrincipal } from '../../../shared/auth/principal.js';
import { InvalidInputError, type InvalidField } from '../../../shared/errors/domain-error.js';
import type { WebhookDependencies } from '../dependencies.js';
import { isEventType, scopeOf, type EventType, type WebhookEndpoint } from '../models/webhook.js';
import { targetProblem } from '../webhook-target.js';

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  eventTypes?: string[] | null;
  enabled?: boolean | null;
}

const MAX_ENDPOINTS = 10;

function checked(input: EndpointInput, client: PartnerPrincipal, deps: WebhookDependencies, creating: boolean): { url?: string; description?: string | null; eventTypes?: EventType[] } {
  const problems: InvalidField[] = [];
  const url = input.url?.trim();
  if (creating || input.url != null) {
    const problem = url ? targetProblem(url, deps.allowPrivateTargets) : 'url';
    if (problem) problems.push({ field: 'url', constraints: [problem] });
  }
  const types = input.eventTypes ? [...new Set(input.eventTypes)] : undefined;
  if (creating || input.eventTypes != null) {
    if (!types?.length || !types.every(isEventType)) problems.push({ field: 'eventTypes', constraints: ['eventTypes'] });
    // An event the client could not read is no event it may subscribe to.
    else if (!types.every((type) => client.scopes.includes(scopeOf(type)))) problems.push({ field: 'eventTypes', constraints: ['scope'] });
  }
  if (input.description && input.description.length > 255) problems.push({ field: 'description', constraints: ['maxLength'] });
  if (problems.length) throw new InvalidInputError('Le point de réception est mal décrit.', problems);
  return { ...(url ? { url } : {}), ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}), ...(types ? { eventTypes: types as EventType[] } : {}) };
}

/** A client (scope webhooks:manage) registers where to hear its events; the `whsec_` secret is in this answer only. */
export async function createWebhookEndpoint(client: PartnerPrincipal, input: EndpointInput, deps: WebhookDependencies): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  assertScope(client, 'webhooks:manage');
  const fields = checked(input, client, deps, true);
  if ((await deps.webhooks.listOfClient(client.partnerClientId)).length >= MAX_ENDPOINTS) {
    throw new InvalidInputError(`Au plus ${MAX_ENDPOINTS} points de réception par client.`, [{ field: 'url', constraints: ['maxEndpoints'] }]);
  }
  const now = deps.now();
  const endpoint: WebhookEndpoint = {
    id: deps.newId(),
    partnerClientId: client.partnerClientId,
    url: fields.url!,
    description: fields.description ?? null,
    eventTypes: fields.eventTypes!,
    disabledAt: null,
    disabledReason: null,
    failingSince: null,
    createdAt: now,
    updatedAt: now,
  };
  const secret = deps.newSecret();
  await deps.webhooks.insert(endpoint, secret);
  return { endpoint, secret };
}

/** Changes what is given; `enabled: true` turns a disabled endpoint back on (deliveries left FAILED can be replayed). */
export async function updateWebhookEndpoint(client: PartnerPrincipal, id: string, input: EndpointInput, deps: WebhookDependencies): Promise<WebhookEndpoint> {
  assertScope(client, 'webhooks:manage');
  await deps.webhooks.getOwned(id, client.partnerClientId);
  const fields = checked(input, client, deps, false);
  await deps.webhooks.update(id, { ...fields, ...(input.enabled === true || input.enabled === false ? { enabled: input.enabled } : {}) }, deps.now());
  return deps.webhooks.getOwned(id, client.partnerClientId);
}

export async function deleteWebhookEndpoint(client: PartnerPrincipal, id: string, deps: WebhookDependencies): Promise<boolean> {
  assertScope(client, 'webhooks:manage');
  await deps.webhooks.getOwned(id, client.partnerClientId);
  await deps.webhooks.markDeleted(id, deps.now());
  return true;
}

export async function listWebhookEndpoints(client: PartnerPrincipal, deps: WebhookDependencies): Promise<WebhookEndpoint[]> {
  assertScope(client, 'webhooks:manage');
  return deps.webhooks.listOfClient(client.partnerClientId);
}
