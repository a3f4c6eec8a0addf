import type { Participation } from './models/participation.js';

/** Where a feed page starts: right after this share (the sharing transaction's id, then the participation's). */
export interface FeedPosition {
  transactionId: string;
  participationId: string;
}

/** A shared participation as a partner's feed lists it, with its campaign and person. */
export interface FeedEntry {
  participation: Participation;
  position: FeedPosition;
  campaign: { id: string; code: string; name: string; organizationId: string; targetProfileId: string | null };
  person: { firstName: string | null; lastName: string | null };
}

/**
 * Shared results across structures, in the order their shares committed, never returning a share
 * whose transaction may still be running (so a cursor never skips one that commits late).
 */
export interface SharedResultsFeed {
  page(query: { organizationIds: readonly string[]; since: Date | null; after: FeedPosition | null; limit: number }): Promise<FeedEntry[]>;
}
