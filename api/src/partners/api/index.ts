/**
 * The partners context's public in-process interface: how the composition root authenticates a
 * client's bearer token and mounts the token endpoint, and how other contexts name a person to a
 * client (a pseudonym of its own).
 */
export { createPartnersServices, type PartnersServices } from './services.js';
export { authenticatePartnerBearer, isPartnerToken } from './authentication.js';
export { pseudonymousId } from './pseudonyms.js';
export { partnerTokenRoute, TOKEN_PATH } from './token.js';
export { registerDemoPartnerClient } from './demo-client.js';
export { partnerCostPlugin } from '../application/cost-limits.plugin.js';
export type { PartnersContext } from '../application/request-context.js';
export { PARTNERS_ERROR_CODES } from '../domain/errors.js';
export { recordPartnerEvent, type PartnerEventInput } from './events.js';
export { createWebhookWorker, type WebhookWorker } from './worker.js';
