/** Settings of this context (PRODUCT.md: "Je retente" 4 days or more after sharing). */
export interface CampaignsSettings {
  retryDelayDays: number;
}

export function campaignsSettings(env: Record<string, string | undefined> = process.env): CampaignsSettings {
  const days = Number(env.RETRY_DELAY_DAYS ?? 4);
  if (!Number.isFinite(days) || days < 0) throw new Error(`RETRY_DELAY_DAYS must be a non-negative number, got "${env.RETRY_DELAY_DAYS}"`);
  return { retryDelayDays: days };
}
