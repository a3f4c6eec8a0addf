/**
 * The `extensions.code` values the API promises (README "Errors" and the codes reserved for the
 * coming features), plus the codes this client produces itself. Every code has a message under
 * `orga.errors.<CODE>` in both languages; the i18n test holds us to that.
 */
export const API_ERROR_CODES = [
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'EMAIL_ALREADY_USED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
  'ORGANIZATION_ARCHIVED',
  'LAST_ADMIN',
  'ALREADY_MEMBER',
  'INVITATION_NOT_PENDING',
  'INVITATION_EXPIRED',
  'INVITATION_EMAIL_MISMATCH',
  'CREATION_REQUEST_NOT_PENDING',
  'CREATION_REQUEST_ALREADY_PENDING',
  'CAMPAIGN_ARCHIVED',
  'EXTERNAL_ID_REQUIRED',
  'INVALID_EMAIL',
  'ALREADY_PARTICIPATED',
  'RETRY_NOT_ALLOWED_YET',
  'PARTICIPATION_NOT_FINISHED',
  'ALREADY_SHARED',
  'CANT_UPDATE_WHEN_PARTICIPATIONS',
  'PARTICIPATION_NOT_STARTED',
  'RESET_NOT_ALLOWED',
  'SERVICE_BUSY',
  'SERVICE_UNAVAILABLE',
  'MAIL_NOT_FAILED',
  'RESET_TOKEN_INVALID',
] as const;

/** Raised by the browser side: the server could not be reached or did not answer GraphQL. */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR'] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ErrorCode = ApiErrorCode | (typeof CLIENT_ERROR_CODES)[number];

const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...API_ERROR_CODES, ...CLIENT_ERROR_CODES]);

/** Shown when the code is missing or unknown to this version of the console. */
export const FALLBACK_ERROR_KEY = 'orga.errors.generic';

/** The translation key of the message to show for any thrown value. */
export function errorMessageKey(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) ? `orga.errors.${code}` : FALLBACK_ERROR_KEY;
}
