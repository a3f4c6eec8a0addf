import { createHash } from 'node:crypto';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { secondsBlockedBy } from '../../shared/auth/throttle.js';
import type { Knex } from '@mikro-orm/postgresql';
import type * as Ports from '../domain/services.js';

export interface LoginThrottleOptions {
  perAccount: number;
  perAddress: number;
  windowSeconds: number;
}

/**
 * Counts failed logins per account and per address in PostgreSQL (table created by a migration),
 * so that the limit holds across processes and restarts.
 */
export class LoginThrottle implements Ports.LoginThrottle {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(knex: Knex, options: LoginThrottleOptions) {
    const common = { storeClient: knex, storeType: 'knex', schemaName: 'organizations', tableName: 'login_throttle', tableCreated: true, duration: options.windowSeconds };
    this.byAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: options.perAccount });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: options.perAddress });
  }

  /** Seconds to wait when either counter is exhausted, else 0. */
  async secondsBlocked(email: string, address: string): Promise<number> {
    const [account, ip] = await Promise.all([this.byAccount.get(accountKey(email)), this.byAddress.get(address)]);
    return Math.max(secondsBlockedBy(account, this.byAccount.points), secondsBlockedBy(ip, this.byAddress.points));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(accountKey(email), 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(accountKey(email));
  }
}

/** The key column holds 255 characters; an e-mail holds up to 320 (and keeps no address in clear here). */
function accountKey(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}

