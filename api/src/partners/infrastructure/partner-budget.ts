import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Knex } from '@mikro-orm/postgresql';
import type { BudgetCharge, BudgetStatus, PartnerBudget as Port } from '../domain/budget.js';

export interface PartnerBudgetOptions {
  pointsPerWindow: number;
  windowSeconds: number;
  maxCostPerQuery: number;
}

/**
 * rate-limiter-flexible over partners.client_budget: one row per client and window. A refused
 * charge takes nothing, so a client that asks too much can still run a cheaper operation with what is left.
 */
export class PartnerBudget implements Port {
  private readonly limiter: RateLimiterPostgres;
  readonly limit: number;
  readonly maxCostPerQuery: number;
  private readonly windowMs: number;

  constructor(knex: Knex, options: PartnerBudgetOptions) {
    this.windowMs = options.windowSeconds * 1000;
    this.limit = options.pointsPerWindow;
    this.maxCostPerQuery = options.maxCostPerQuery;
    this.limiter = new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      schemaName: 'partners',
      tableName: 'client_budget',
      tableCreated: true,
      keyPrefix: 'points',
      points: options.pointsPerWindow,
      duration: options.windowSeconds,
    });
  }

  async peek(partnerClientId: string): Promise<BudgetStatus> {
    const current = await this.limiter.get(partnerClientId);
    if (!current) return { limit: this.limit, cost: 0, remaining: this.limit, resetAt: new Date(Date.now() + this.windowMs) };
    return { limit: this.limit, cost: 0, remaining: Math.max(0, this.limit - current.consumedPoints), resetAt: new Date(Date.now() + current.msBeforeNext) };
  }

  /** One statement when the points are there; a refusal gives its charge back (a second one). */
  async charge(partnerClientId: string, cost: number): Promise<BudgetCharge> {
    const status = (result: RateLimiterRes, remaining: number) => ({ limit: this.limit, cost, remaining: Math.max(0, remaining), resetAt: new Date(Date.now() + result.msBeforeNext) });
    try {
      const result = await this.limiter.consume(partnerClientId, cost);
      return { ok: true, status: status(result, result.remainingPoints) };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      await this.limiter.reward(partnerClientId, cost);
      return { ok: false, status: status(error, this.limit - error.consumedPoints + cost), retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  }

}
