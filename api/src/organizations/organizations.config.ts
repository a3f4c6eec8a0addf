import type { OrganizationsSettings } from './domain/dependencies.js';

/** Settings of this context, from the environment (PRODUCT.md: invitations expire after 30 days). */
export function organizationsSettings(env: Record<string, string | undefined> = process.env): Omit<OrganizationsSettings, 'publicUrl' | 'invitationResendIntervalSeconds'> {
  const days = Number(env.INVITATION_TTL_DAYS ?? 30);
  if (!Number.isFinite(days) || days <= 0) throw new Error(`INVITATION_TTL_DAYS must be a positive number, got "${env.INVITATION_TTL_DAYS}"`);
  return { invitationTtlDays: days };
}
