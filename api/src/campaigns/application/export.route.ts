import type { Request, RequestHandler, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestInfo } from '../../shared/context.js';
import { getOrganizationCard } from '../../organizations/api/index.js';
import type { CampaignsContext } from './request-context.js';
import type { Logger } from '../../shared/logger.js';
import { NotFoundError, UnauthenticatedError } from '../../shared/errors/domain-error.js';
import { toGraphQLError } from '../../shared/errors/error-mapper.js';
import type { ErrorRules } from '../../shared/errors/error-codes.js';
import { badUserInput, isUuid, stringProblem } from '../../shared/graphql/input-guard.js';
import { campaignAccessLookup } from './dependencies.js';
import { type CampaignResultsExport, EXPORT_BATCH_SIZE, exportCampaignResults } from '../domain/usecases/export-campaign-results.usecase.js';
import type { ResultsExportDependencies } from '../domain/dependencies.js';
import { CampaignRepository } from '../infrastructure/campaign.repository.js';
import { ResultsExportRepository } from '../infrastructure/results-export.repository.js';
import { resultsExportReferential } from '../infrastructure/results-export.certification.js';
import { resultsCsv } from '../infrastructure/results-csv.js';

export const RESULTS_EXPORT_PATH = '/exports/campaigns/:id/results.csv';

/**
 * `GET /exports/campaigns/:id/results.csv`: the same `Authorization: Bearer` header as GraphQL
 * and the same rights as reading the campaign; refusals answer in GraphQL's error shape. The file
 * is streamed: rows are read batch by batch as the client takes them (back-pressure through the
 * pipeline), and reading stops when the client goes away. A refusal answers the HTTP status of its
 * code in the error table (`errorRules`, src/error-codes.ts).
 */
/** Builds this context's view of a request from its headers (the composition root authenticates). */
export type CampaignsRequestBuilder = (headers: IncomingHttpHeaders, request: RequestInfo) => Promise<CampaignsContext>;

export function campaignResultsExportRoute(requestContext: CampaignsRequestBuilder | undefined, logger: Logger, errorRules: ErrorRules): RequestHandler<{ id: string }> {
  return async (req: Request<{ id: string }>, res: Response) => {
    let exported: CampaignResultsExport;
    const clientGone = new AbortController();
    res.once('close', () => clientGone.abort());
    try {
      // The same edge check as GraphQL arguments, before anything reads the database.
      const problem = stringProblem(req.params.id) ?? (isUuid(req.params.id) ? undefined : 'isUUID');
      if (problem) throw badUserInput([{ field: 'id', constraints: [problem] }]);
      // A gateway-only process has no database: the export lives where the campaigns are.
      if (!requestContext) throw new NotFoundError("Cet export n'est pas servi ici.");
      const context = await requestContext(req.headers, { ip: req.ip ?? 'unknown', userAgent: req.get('user-agent') });
      if (context.principal.kind === 'anonymous') throw new UnauthenticatedError('Vous devez être connecté.');
      exported = await exportCampaignResults({ accessTo: campaignAccessLookup(context), campaignId: req.params.id, signal: clientGone.signal }, resultsExportDependencies(context));
    } catch (error) {
      return sendError(res, error, errorRules, logger);
    }

    res.status(200).set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${asciiFilename(exported.campaign.code)}-resultats.csv"`,
      // Personal data: neither a proxy nor the browser keeps a copy.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      await pipeline(Readable.from(resultsCsv(exported.records), { objectMode: false }), res);
    } catch (error) {
      // The pipeline has destroyed the response: a cut download, never a complete-looking file.
      if (res.writableFinished || !clientGone.signal.aborted || (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        logger.error({ err: error, campaignId: exported.campaign.id }, 'results export failed while streaming');
      } else {
        logger.info({ campaignId: exported.campaign.id }, 'results export abandoned by the client');
      }
    } finally {
      await exported.close();
    }
  };
}

function resultsExportDependencies(context: CampaignsContext): ResultsExportDependencies {
  return {
    campaigns: new CampaignRepository(context.em),
    organizations: { getName: async (organizationId) => (await getOrganizationCard(context, organizationId)).name },
    participations: new ResultsExportRepository(context.services.streamingReads),
    certification: resultsExportReferential(context.em),
    batchSize: EXPORT_BATCH_SIZE,
  };
}

/** Campaign codes are ASCII already; anything else would need RFC 5987 `filename*`. */
function asciiFilename(code: string): string {
  return code.replace(/[^A-Za-z0-9_-]/g, '') || 'campagne';
}

function sendError(res: Response, error: unknown, errorRules: ErrorRules, logger: Logger): void {
  const { message, extensions } = toGraphQLError(error, logger);
  const { http: _http, ...rest } = extensions as Record<string, unknown>;
  const code = String(rest.code);
  if (typeof rest.retryAfterSeconds === 'number') res.set('Retry-After', String(rest.retryAfterSeconds));
  res.status(errorRules[code]?.status ?? 500).json({ errors: [{ message, extensions: rest }] });
}
