import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { secondsBlockedBy } from '../../shared/auth/throttle.js';
import type { Knex } from '@mikro-orm/postgresql';
import type * as Ports from '../domain/services.js';

export interface TokenThrottleOptions {
  perClient: number;
  perAddress: number;
  windowSeconds: number;
}

/** Failed token requests per client id and per address, in PostgreSQL (partners.token_throttle), as failed logins are. */
export class TokenThrottle implements Ports.TokenThrottle {
  private readonly byClient: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(knex: Knex, options: TokenThrottleOptions) {
    const common = { storeClient: knex, storeType: 'knex', schemaName: 'partners', tableName: 'token_throttle', tableCreated: true, duration: options.windowSeconds };
    this.byClient = new RateLimiterPostgres({ ...common, keyPrefix: 'client', points: options.perClient });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: options.perAddress });
  }

  async secondsBlocked(clientId: string, address: string): Promise<number> {
    const [client, ip] = await Promise.all([this.byClient.get(clientId), this.byAddress.get(address)]);
    return Math.max(secondsBlockedBy(client, this.byClient.points), secondsBlockedBy(ip, this.byAddress.points));
  }

  async recordFailure(clientId: string, address: string): Promise<void> {
    await Promise.all([this.byClient.penalty(clientId, 1), this.byAddress.penalty(address, 1)]);
  }
}

