import type { Config } from '../../shared/config.js';
import type { RequestScope } from '../../shared/context.js';
import type { PartnersServices } from '../api/services.js';

/** What this context's resolvers see of a request. */
export interface PartnersContext extends RequestScope {
  services: PartnersServices & { config: Pick<Config, 'authSecret' | 'webhooks'> };
}
