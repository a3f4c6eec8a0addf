import { SHARED_ERROR_CODES, type ErrorRule } from './shared/errors/error-codes.js';
import { ORGANIZATIONS_ERROR_CODES } from './organizations/domain/errors.js';
import { CAMPAIGNS_ERROR_CODES } from './campaigns/domain/errors.js';
import { CERTIFICATION_ERROR_CODES } from './certification/domain/errors.js';
import { PARTNERS_ERROR_CODES } from './partners/api/index.js';

/**
 * Every `extensions.code` the API answers with: shared/'s and each context's list, joined here at
 * the composition root (shared/ knows no context). `npm run schema:generate` writes it for the
 * console (console/src/gql/errorCodes.ts); README.md's "Errors" table is checked against it.
 */
export const ERROR_CODES = [...SHARED_ERROR_CODES, ...ORGANIZATIONS_ERROR_CODES, ...CAMPAIGNS_ERROR_CODES, ...CERTIFICATION_ERROR_CODES, ...PARTNERS_ERROR_CODES] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const refusal = (status: number): ErrorRule => ({ status, retryable: false });
const retryLater = (status: number): ErrorRule => ({ status, retryable: true });

/**
 * The one table of what each code means at the HTTP edge (see `ErrorRule`): a code without a row
 * fails compilation. app.ts hands it to the CSV export, the transport's error handler and the
 * idempotency plugin. Business refusals keep the status a REST answer would give them (409 for a
 * state that forbids the change, 422 for a request the rules refuse), although today only the
 * shared codes ever answer a whole request.
 */
export const ERROR_RULES: Record<ErrorCode, ErrorRule> = {
  // shared/
  UNAUTHENTICATED: refusal(401),
  FORBIDDEN: refusal(403),
  INSUFFICIENT_SCOPE: refusal(403),
  NOT_FOUND: refusal(404),
  BAD_USER_INPUT: refusal(400),
  IDEMPOTENCY_KEY_REUSED: refusal(422),
  IDEMPOTENCY_KEY_UNSUPPORTED: refusal(400),
  GRAPHQL_PARSE_FAILED: refusal(400),
  GRAPHQL_VALIDATION_FAILED: refusal(400),
  BAD_REQUEST: refusal(400),
  PAYLOAD_TOO_LARGE: refusal(413),
  SERVICE_BUSY: retryLater(503),
  SERVICE_UNAVAILABLE: retryLater(503),
  DOWNSTREAM_SERVICE_ERROR: retryLater(502),
  INTERNAL_SERVER_ERROR: retryLater(500),
  // organizations
  INVALID_CREDENTIALS: refusal(401),
  TOO_MANY_ATTEMPTS: retryLater(429),
  EMAIL_ALREADY_USED: refusal(409),
  ORGANIZATION_ARCHIVED: refusal(409),
  LAST_ADMIN: refusal(409),
  ALREADY_MEMBER: refusal(409),
  INVITATION_NOT_PENDING: refusal(409),
  INVITATION_EXPIRED: refusal(410),
  CREATION_REQUEST_NOT_PENDING: refusal(409),
  CREATION_REQUEST_ALREADY_PENDING: refusal(409),
  MAIL_NOT_FAILED: refusal(409),
  INVITATION_EMAIL_MISMATCH: refusal(403),
  RESET_TOKEN_INVALID: refusal(400),
  // campaigns
  CAMPAIGN_ARCHIVED: refusal(409),
  CANT_UPDATE_WHEN_PARTICIPATIONS: refusal(409),
  EXTERNAL_ID_REQUIRED: refusal(422),
  INVALID_EMAIL: refusal(422),
  ALREADY_PARTICIPATED: refusal(409),
  PARTICIPATION_NOT_FINISHED: refusal(409),
  ALREADY_SHARED: refusal(409),
  RETRY_NOT_ALLOWED_YET: refusal(409),
  NOTHING_TO_IMPROVE: refusal(409),
  PARTICIPATION_NOT_STARTED: refusal(409),
  RESET_NOT_ALLOWED: refusal(409),
  // partners
  CLIENT_REVOKED: refusal(401),
  MAX_COST_EXCEEDED: refusal(400),
  RATE_LIMITED: retryLater(429),
};
