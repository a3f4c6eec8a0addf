import type { EntityManager } from '@mikro-orm/postgresql';
import type { ParticipationStatus } from '../domain/models/participation.js';
import type { ExportedParticipation, ParticipationBatchReader } from '../domain/results-export.ports.js';

/**
 * Names sort as a French reader expects (accents, case), like the team list. ICU's French
 * collation is deterministic (ties fall back to the bytes), so (last, first, id) is a total order
 * and a safe keyset.
 */
const LAST_NAME = `p.last_name collate "fr-x-icu"`;
const FIRST_NAME = `p.first_name collate "fr-x-icu"`;

/**
 * Reads a campaign's current participations for the CSV export, keyset-paginated on
 * (last name, first name, id): one short statement per batch, so memory stays flat whatever the
 * campaign's size, and no connection is held while a slow client downloads (the pool is shared
 * with every GraphQL request). The snapshot columns are read only for shared participations: an
 * unshared result never leaves the database, whatever a column may hold.
 */
export class ResultsExportRepository implements ParticipationBatchReader {
  constructor(private readonly em: EntityManager) {}

  async *readCurrentInBatches(campaignId: string, { batchSize, signal }: { batchSize: number; signal?: AbortSignal }): AsyncGenerator<ExportedParticipation[]> {
    let after: { lastName: string; firstName: string; id: string } | null = null;
    while (!signal?.aborted) {
      const rows: ExportRow[] = await this.em.execute<ExportRow[]>(
        `select pa.id, pa.user_id, pa.participant_external_id, pa.status, pa.started_at, pa.shared_at,
                p.last_name, p.first_name,
                case when pa.status = 'SHARED' then pa.mastery_rate end as mastery_rate,
                case when pa.status = 'SHARED' then pa.pix_score end as pix_score,
                case when pa.status = 'SHARED' then pa.is_certifiable end as is_certifiable,
                case when pa.status = 'SHARED' then pa.results end as results
           from campaigns.participations pa
           join campaigns.participants p on p.id = pa.participant_id
          where pa.campaign_id = ? and pa.is_improved = false and pa.deleted_at is null
            ${after ? `and (${LAST_NAME}, ${FIRST_NAME}, pa.id) > (?, ?, ?)` : ''}
          order by ${LAST_NAME}, ${FIRST_NAME}, pa.id
          limit ?`,
        after ? [campaignId, after.lastName, after.firstName, after.id, batchSize] : [campaignId, batchSize],
      );
      if (rows.length === 0) return;
      yield rows.map(toExportedParticipation);
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1]!;
      after = { lastName: last.last_name, firstName: last.first_name, id: last.id };
    }
  }
}

interface ExportRow {
  id: string;
  user_id: string;
  participant_external_id: string | null;
  status: ParticipationStatus;
  started_at: Date;
  shared_at: Date | null;
  last_name: string;
  first_name: string;
  mastery_rate: string | null;
  pix_score: number | null;
  is_certifiable: boolean | null;
  results: Record<string, unknown> | null;
}

function toExportedParticipation(row: ExportRow): ExportedParticipation {
  return {
    id: row.id,
    userId: row.user_id,
    lastName: row.last_name,
    firstName: row.first_name,
    participantExternalId: row.participant_external_id,
    status: row.status,
    startedAt: new Date(row.started_at),
    sharedAt: row.shared_at ? new Date(row.shared_at) : null,
    snapshot: row.status === 'SHARED'
      ? {
          masteryRate: row.mastery_rate === null ? null : Number(row.mastery_rate),
          pixScore: row.pix_score,
          isCertifiable: row.is_certifiable,
          results: typeof row.results === 'string' ? JSON.parse(row.results) : row.results,
        }
      : null,
  };
}
