import { randomUUID } from 'node:crypto';
import type { PartnerScope } from '../../shared/auth/partner-scopes.js';
import type { Session } from '../../shared/context.js';
import { clientCredentials } from '../infrastructure/client-credentials.js';
import { PartnerClientRepository } from '../infrastructure/partner-client.repository.js';

/**
 * A client with credentials chosen by the caller, for the demo only (`npm start` prints them, as
 * it prints the demo passwords): a partner developer can get a token in the first minute. Real
 * clients are created by support (`createPartnerClient`), whose secret is random and shown once.
 */
export async function registerDemoPartnerClient(
  session: Session,
  client: { clientId: string; clientSecret: string; name: string; networkId: string; scopes: PartnerScope[]; now: Date },
): Promise<string> {
  const clients = new PartnerClientRepository(session.em);
  const id = randomUUID();
  await clients.insert({
    id,
    clientId: client.clientId,
    name: client.name,
    jurisdiction: { networkId: client.networkId, regions: [], departments: [] },
    scopes: client.scopes,
    contactEmail: null,
    expiresAt: new Date(client.now.getTime() + 365 * 24 * 3600 * 1000),
    revokedAt: null,
    lastUsedAt: null,
    lastUsedIp: null,
    createdAt: client.now,
    createdById: null,
  });
  await clients.insertSecret(id, clientCredentials.hash(client.clientSecret), client.now);
  return id;
}
