import type { EntityManager } from '@mikro-orm/postgresql';
import type { Participation } from '../domain/models/participation.js';
import type { FeedEntry, SharedResultsFeed } from '../domain/shared-results-feed.js';
import { toParticipation } from './participation.repository.js';
import { UUID_ARRAY } from '../../shared/database/array-parameters.js';

/**
 * The partner feed over `participations_shared_feed_index` (shared_xid, id), read in order from
 * the cursor (a row shared before the feed existed has no `shared_xid`: read as 0, it comes first). `shared_xid` is the sharing transaction's id (a trigger sets it); rows whose
 * transaction is not older than every running one (`pg_snapshot_xmin`) wait for the next read:
 * a share that commits after a later one still comes after the cursor that read the later one.
 */
const FEED_SQL = (after: boolean, since: boolean) => `
select p.id, p.campaign_id as "campaignId", p.participant_id as "participantId", p.user_id as "userId",
       p.participant_external_id as "participantExternalId", p.status, p.is_improved as "isImproved", p.started_at as "startedAt",
       p.finished_at as "finishedAt", p.shared_at as "sharedAt", p.deleted_at as "deletedAt", p.mastery_rate as "masteryRate",
       p.validated_skills_count as "validatedSkillsCount", p.tested_skills_count as "testedSkillsCount", p.pix_score as "pixScore",
       p.is_certifiable as "isCertifiable", p.results,
       coalesce(p.shared_xid, '0'::xid8)::text as "transactionId", c.code as "campaignCode", c.name as "campaignName", c.organization_id as "organizationId",
       c.target_profile_id as "targetProfileId", pa.first_name as "firstName", pa.last_name as "lastName"
  from campaigns.participations p
  join campaigns.campaigns c on c.id = p.campaign_id
  left join campaigns.participants pa on pa.id = p.participant_id
 where p.status = 'SHARED' and p.deleted_at is null
   and coalesce(p.shared_xid, '0'::xid8) < pg_snapshot_xmin(pg_current_snapshot())
   and c.organization_id = any(${UUID_ARRAY})
   ${after ? "and (coalesce(p.shared_xid, '0'::xid8), p.id) > (?::xid8, ?::uuid)" : ''}
   ${since ? 'and p.shared_at >= ?' : ''}
 order by coalesce(p.shared_xid, '0'::xid8), p.id
 limit ?`;

type FeedRow = Participation & {
  transactionId: string;
  campaignCode: string;
  campaignName: string;
  organizationId: string;
  targetProfileId: string | null;
  firstName: string | null;
  lastName: string | null;
};

export class SharedResultsFeedRepository implements SharedResultsFeed {
  constructor(private readonly em: EntityManager) {}

  async page(query: Parameters<SharedResultsFeed['page']>[0]): Promise<FeedEntry[]> {
    // One JSON parameter: an array parameter would be expanded into one placeholder per structure.
    const params: unknown[] = [JSON.stringify(query.organizationIds)];
    if (query.after) params.push(query.after.transactionId, query.after.participationId);
    if (query.since) params.push(query.since);
    params.push(query.limit);
    const rows = await this.em.execute<FeedRow[]>(FEED_SQL(query.after !== null, query.since !== null), params);
    return rows.map(({ transactionId, campaignCode, campaignName, organizationId, targetProfileId, firstName, lastName, ...participation }) => ({
      participation: toParticipation(participation),
      position: { transactionId, participationId: participation.id },
      campaign: { id: participation.campaignId, code: campaignCode, name: campaignName, organizationId, targetProfileId },
      person: { firstName, lastName },
    }));
  }
}
