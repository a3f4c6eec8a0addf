import { ParticipationStatus, type Participation } from '../models/participation.js';
import { bandOf, bandsOf } from '../models/result-bands.js';

export interface MyResultBand {
  key: string;
  /** The guide's words for the participant (never the advisor's advice). */
  message: string;
}

/**
 * The landing page, once the person has shared: the guide's message for their result (guide
 * p.23-24), from the band of the campaign's profile their mastery falls in. `participation` is
 * their result (latest shared participation, an earlier sending while "Je retente" runs). Nothing
 * before sharing (consent), nothing for a profile without bands (a profiles collection).
 */
export function findMyResultBand(
  { campaign, participation }: { campaign: { targetProfileId: string | null }; participation: Pick<Participation, 'status' | 'masteryRate'> | null },
): MyResultBand | null {
  if (participation?.status !== ParticipationStatus.SHARED || participation.masteryRate === null) return null;
  const band = bandOf(bandsOf(campaign.targetProfileId), Number(participation.masteryRate));
  return band ? { key: band.key, message: band.message } : null;
}
