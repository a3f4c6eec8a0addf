/** A client's points for the current window (GitHub's `rateLimit`, Shopify's throttle status). */
export interface BudgetStatus {
  limit: number;
  cost: number;
  remaining: number;
  resetAt: Date;
}

export type BudgetCharge = { ok: true; status: BudgetStatus } | { ok: false; status: BudgetStatus; retryAfterSeconds: number };

/** Points per client and window, kept in PostgreSQL so that every process counts the same. */
export interface PartnerBudget {
  readonly limit: number;
  readonly maxCostPerQuery: number;
  charge(partnerClientId: string, cost: number): Promise<BudgetCharge>;
  /** The points left now, charging nothing. */
  peek(partnerClientId: string): Promise<BudgetStatus>;
}
