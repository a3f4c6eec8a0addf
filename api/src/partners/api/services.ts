import type { Knex } from '@mikro-orm/postgresql';
import type { Config } from '../../shared/config.js';
import type { ClientTokens as ClientTokensPort, TokenThrottle as TokenThrottlePort } from '../domain/services.js';
import { ClientTokens } from '../infrastructure/client-tokens.js';
import { TokenThrottle } from '../infrastructure/token-throttle.js';
import type { PartnerBudget as PartnerBudgetPort } from '../domain/budget.js';
import { PartnerBudget } from '../infrastructure/partner-budget.js';

/** The process-wide parts of partner access, created once at start by the composition root. */
export interface PartnersServices {
  clientTokens: ClientTokensPort;
  tokenThrottle: TokenThrottlePort;
  partnerBudget: PartnerBudgetPort;
}

export function createPartnersServices(config: Pick<Config, 'authSecret' | 'partnerTokenTtlSeconds' | 'partnerTokenThrottle' | 'partnerBudget'>, knex: Knex): PartnersServices {
  return {
    clientTokens: new ClientTokens(config.authSecret, config.partnerTokenTtlSeconds),
    tokenThrottle: new TokenThrottle(knex, config.partnerTokenThrottle),
    partnerBudget: new PartnerBudget(knex, config.partnerBudget),
  };
}
