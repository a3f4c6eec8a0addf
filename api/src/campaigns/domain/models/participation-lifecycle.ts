import { AlreadySharedError, CampaignArchivedError, ParticipationNotFinishedError, ParticipationNotStartedError } from '../errors.js';
import type { Campaign } from './campaign.js';
import { type Participation, ParticipationStatus } from './participation.js';

/**
 * A participation's life (guide p.25-31): STARTED while the test runs, TO_SHARE ("en attente")
 * once the engine says it is finished, SHARED when the participant sends their results. A retry
 * ("Je retente") leaves the previous sending as it was, marked improved, and starts a new one.
 */

/** The engine may report on a participation only while it runs: started, not replaced by a retry, not anonymised. */
export function assertIsRunning<P extends Pick<Participation, 'status' | 'isImproved' | 'userId'>>(participation: P): asserts participation is P & { userId: string } {
  if (participation.status !== ParticipationStatus.STARTED || participation.isImproved || !participation.userId) {
    throw new ParticipationNotStartedError(participation.status);
  }
}

/** Results are shared once, when the test is finished, and never to an archived campaign. */
export function assertCanShare(participation: Pick<Participation, 'status'>, campaign: Pick<Campaign, 'archivedAt'>): void {
  if (campaign.archivedAt) throw new CampaignArchivedError();
  if (participation.status === ParticipationStatus.SHARED) throw new AlreadySharedError();
  if (participation.status !== ParticipationStatus.TO_SHARE) throw new ParticipationNotFinishedError();
}
