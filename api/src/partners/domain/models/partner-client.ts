import type { Jurisdiction, PartnerScope } from '../../../shared/auth/partner-scopes.js';

/** A partner network's API client (PARTNERS.md: Pix's own partner API, GitHub and Shopify's tokens). */
export interface PartnerClient {
  id: string;
  /** The public half of the credentials (`client_id`), shown in lists and logs. */
  clientId: string;
  name: string;
  jurisdiction: Jurisdiction;
  scopes: PartnerScope[];
  /** Where the network wants to hear of a failing webhook endpoint. */
  contactEmail: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  createdAt: Date;
  createdById: string | null;
}

/** A client is never granted more than a year (issue 16), nor less than a day. */
export const MAX_LIFETIME_DAYS = 366;
/** A rotated secret keeps working this long by default, so that a deployment can switch without downtime. */
export const DEFAULT_ROTATION_OVERLAP_HOURS = 24;
export const MAX_ROTATION_OVERLAP_HOURS = 7 * 24;

export function isUsable(client: Pick<PartnerClient, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  return client.revokedAt === null && client.expiresAt.getTime() > now.getTime();
}

/** Why a usable-looking client is refused: what the trail and the error say. */
export function refusalOf(client: Pick<PartnerClient, 'revokedAt' | 'expiresAt'>, now: Date): 'CLIENT_REVOKED' | 'CLIENT_EXPIRED' | null {
  if (client.revokedAt !== null) return 'CLIENT_REVOKED';
  if (client.expiresAt.getTime() <= now.getTime()) return 'CLIENT_EXPIRED';
  return null;
}
