import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmailAddress } from '../../shared/email-address.js';
import { networkExists } from '../../organizations/api/index.js';
import type { PartnersDependencies, WebhookDependencies } from '../domain/dependencies.js';
import type { PartnersContext } from './request-context.js';
import { WebhookRepository } from '../infrastructure/webhook.repository.js';
import { EventOutbox } from '../infrastructure/event-outbox.repository.js';
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

export function webhookDependencies(context: PartnersContext): WebhookDependencies {
  return {
    webhooks: new WebhookRepository(context.em),
    events: new EventOutbox(context.em),
    // Standard Webhooks: `whsec_` and 24 to 64 random bytes in base64.
    newSecret: () => `whsec_${randomBytes(32).toString('base64')}`,
    allowPrivateTargets: context.services.config.webhooks.allowPrivateTargets,
    now: () => new Date(),
    newId: randomUUID,
  };
}
