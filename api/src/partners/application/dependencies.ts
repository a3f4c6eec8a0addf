import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmailAddress } from '../../shared/email-address.js';
import { networkExists } from '../../organizations/api/index.js';
import type { PartnersDependencies } from '../domain/dependencies.js';
import type { PartnersServices } from '../api/services.js';
import { PartnerClientRepository } from '../infrastructure/partner-client.repository.js';
import { ClientAuditRepository } from '../infrastructure/client-audit.repository.js';
import { clientCredentials } from '../infrastructure/client-credentials.js';

/** Repositories over one EntityManager; `transaction` rebuilds them over a transactional one. */
export function buildPartnersDependencies(em: EntityManager, services: PartnersServices, now: () => Date = () => new Date()): PartnersDependencies {
  return {
    clients: new PartnerClientRepository(em),
    audit: new ClientAuditRepository(em),
    credentials: clientCredentials,
    tokens: services.clientTokens,
    throttle: services.tokenThrottle,
    networks: { exists: (networkId) => networkExists({ em }, networkId) },
    isEmailAddress,
    now,
    newId: randomUUID,
    transaction: (work) => em.transactional((tx) => work(buildPartnersDependencies(tx as EntityManager, services, now))),
  };
}
