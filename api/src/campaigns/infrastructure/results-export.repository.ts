import type { StreamingReads } from '../../shared/database/streaming-reads.js';
import type { ParticipationStatus } from '../domain/models/participation.js';
import { parseResultsSnapshot } from '../domain/models/results-snapshot.js';
import type { ExportedParticipation, ParticipationBatchReader } from '../domain/repositories.js';
import { CURRENT_PARTICIPATION, NAME_ORDER } from './read-side.indexes.js';

/**
 * The export's one statement: the campaign's current participations read in the order of
 * `participations_current_name_index` (last name, first name as a French reader sorts them, with
 * the campaigns context's own collation, then id), each joined by primary key to the person's
 * result, the participation its `shared_participation_id` points at (read side, campaigns README).
 * Nothing sorts and nothing reads the campaign ahead: the cursor's first batch is the index's
 * first thousand entries, whatever the campaign's size (guarded by results-export.plan.test.ts).
 * The result side is a subquery that names none of the current participation's columns, so that
 * the order and the predicate repeat the index's text word for word (read-side.indexes.ts); it
 * keeps only a shared, undeleted row: an unshared result never leaves the database, whatever the
 * pointer says.
 */
export const RESULTS_EXPORT_SQL = `select "id", "user_id", "participant_external_id", "status", "started_at", "last_name", "first_name",
         s.shared_id, s.shared_at, s.shared_mastery_rate, s.shared_validated_skills_count, s.shared_tested_skills_count,
         s.shared_pix_score, s.shared_is_certifiable_result, s.shared_results
    from campaigns.participations
    left join (
      select id as shared_id, shared_at, mastery_rate as shared_mastery_rate, validated_skills_count as shared_validated_skills_count,
             tested_skills_count as shared_tested_skills_count, pix_score as shared_pix_score, is_certifiable as shared_is_certifiable_result,
             results as shared_results
        from campaigns.participations
       where status = 'SHARED' and deleted_at is null
    ) s on s.shared_id = "shared_participation_id"
   where "campaign_id" = $1 and ${CURRENT_PARTICIPATION}
   order by ${NAME_ORDER}`;

/**
 * Reads a campaign's people for the CSV export through that statement and a server-side cursor
 * (shared/database/streaming-reads.ts), a batch at a time as the client downloads, so memory
 * stays flat. The cursor lives on the export connections, apart from the pool GraphQL requests
 * use (a slow download must not starve them). One row per person: the current attempt's
 * identifier, status and start date beside the person's result, their latest shared
 * participation (maybe an earlier sending than the running one).
 */
export class ResultsExportRepository implements ParticipationBatchReader {
  constructor(private readonly streamingReads: Pick<StreamingReads, 'batches'>) {}

  async *readCurrentInBatches(campaignId: string, { batchSize, signal }: { batchSize: number; signal?: AbortSignal }): AsyncGenerator<ExportedParticipation[]> {
    const rows = this.streamingReads.batches<ExportRow>(RESULTS_EXPORT_SQL, [campaignId], { batchSize, signal });
    for await (const batch of rows) yield batch.map(toExportedParticipation);
  }
}

interface ExportRow {
  id: string;
  user_id: string;
  participant_external_id: string | null;
  status: ParticipationStatus;
  started_at: Date;
  last_name: string | null;
  first_name: string | null;
  shared_id: string | null;
  shared_at: Date | null;
  shared_mastery_rate: string | null;
  shared_validated_skills_count: number | null;
  shared_tested_skills_count: number | null;
  shared_pix_score: number | null;
  shared_is_certifiable_result: boolean | null;
  shared_results: unknown;
}

function toExportedParticipation(row: ExportRow): ExportedParticipation {
  return {
    id: row.id,
    userId: row.user_id,
    // Copied from the participant when the participation was created (never null once written by the app).
    lastName: row.last_name ?? '',
    firstName: row.first_name ?? '',
    participantExternalId: row.participant_external_id,
    status: row.status,
    startedAt: row.started_at,
    sharedAt: row.shared_id !== null ? row.shared_at : null,
    snapshot: row.shared_id !== null
      ? parseResultsSnapshot({
          masteryRate: row.shared_mastery_rate,
          validatedSkillsCount: row.shared_validated_skills_count,
          testedSkillsCount: row.shared_tested_skills_count,
          pixScore: row.shared_pix_score,
          isCertifiable: row.shared_is_certifiable_result,
          results: row.shared_results,
        })
      : null,
  };
}
