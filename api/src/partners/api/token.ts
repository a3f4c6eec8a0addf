import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Logger } from '../../shared/logger.js';
import { buildPartnersDependencies } from '../application/dependencies.js';
import { tokenRoute, TOKEN_PATH } from '../application/token.route.js';
import type { PartnersServices } from './services.js';

export { TOKEN_PATH };

/** The token endpoint's handler; `session` gives each request its own EntityManager (none: a gateway without a database). */
export function partnerTokenRoute(session: (() => EntityManager) | undefined, services: PartnersServices | undefined, logger: Logger): RequestHandler {
  return tokenRoute(session && services ? () => buildPartnersDependencies(session(), services) : undefined, logger);
}
