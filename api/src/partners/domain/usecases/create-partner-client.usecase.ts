import { InvalidInputError, type InvalidField } from '../../../shared/errors/domain-error.js';
import { isPartnerScope, type PartnerScope } from '../../../shared/auth/partner-scopes.js';
import type { UserPrincipal } from '../../../shared/auth/principal.js';
import type { PartnersDependencies } from '../dependencies.js';
import { MAX_LIFETIME_DAYS, type PartnerClient } from '../models/partner-client.js';

export interface CreatePartnerClientInput {
  name: string;
  networkId: string;
  regions?: string[] | null;
  departments?: string[] | null;
  scopes: string[];
  /** Default: a year from now, the longest allowed. */
  expiresAt?: Date | null;
  contactEmail?: string | null;
}

const DAY_MS = 24 * 3600 * 1000;
const MAX_PLACES = 200;

/**
 * Support creates a client for a network. The secret is returned once, here, and only its hash is
 * kept: losing it means rotating it. The client and its first secret are written together.
 */
export async function createPartnerClient(
  input: CreatePartnerClientInput,
  actor: UserPrincipal,
  deps: PartnersDependencies,
): Promise<{ client: PartnerClient; clientSecret: string }> {
  const now = deps.now();
  const problems: InvalidField[] = [];
  const name = input.name.trim();
  if (!name || name.length > 255) problems.push({ field: 'name', constraints: ['length'] });
  const scopes = [...new Set(input.scopes)];
  if (!scopes.length || !scopes.every(isPartnerScope)) problems.push({ field: 'scopes', constraints: ['scopes'] });
  const regions = places(input.regions, 'regions', problems);
  const departments = places(input.departments, 'departments', problems);
  const expiresAt = input.expiresAt ?? new Date(now.getTime() + (MAX_LIFETIME_DAYS - 1) * DAY_MS);
  if (expiresAt.getTime() <= now.getTime() + DAY_MS || expiresAt.getTime() > now.getTime() + MAX_LIFETIME_DAYS * DAY_MS) {
    problems.push({ field: 'expiresAt', constraints: ['range'] });
  }
  const contactEmail = input.contactEmail?.trim() || null;
  if (contactEmail !== null && !deps.isEmailAddress(contactEmail)) problems.push({ field: 'contactEmail', constraints: ['email'] });
  if (problems.length) throw new InvalidInputError('Le client API est mal décrit.', problems);
  if (!(await deps.networks.exists(input.networkId))) throw new InvalidInputError('Réseau introuvable.', [{ field: 'networkId', constraints: ['exists'] }]);

  const client: PartnerClient = {
    id: deps.newId(),
    clientId: deps.credentials.newClientId(),
    name,
    jurisdiction: { networkId: input.networkId, regions, departments },
    scopes: scopes as PartnerScope[],
    contactEmail,
    expiresAt,
    revokedAt: null,
    lastUsedAt: null,
    lastUsedIp: null,
    createdAt: now,
    createdById: actor.userId,
  };
  const clientSecret = deps.credentials.newSecret();
  await deps.transaction(async (tx) => {
    await tx.clients.insert(client);
    await tx.clients.insertSecret(client.id, tx.credentials.hash(clientSecret), now);
    await tx.audit.record({ partnerClientId: client.id, givenClientId: client.clientId, action: 'CREATED', outcome: 'OK', ip: null, actorUserId: actor.userId }, now);
  });
  return { client, clientSecret };
}

/** Region and department names as support types them (INSEE codes or names), trimmed, once each. */
function places(values: string[] | null | undefined, field: string, problems: InvalidField[]): string[] {
  const trimmed = [...new Set((values ?? []).map((value) => value.trim()))];
  if (trimmed.length > MAX_PLACES || trimmed.some((value) => !value || value.length > 100)) problems.push({ field, constraints: ['places'] });
  return trimmed;
}
