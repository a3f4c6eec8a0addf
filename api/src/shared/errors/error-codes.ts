/**
 * The codes shared/ answers with itself: its DomainErrors (not found, forbidden, bad input…), the
 * transport's refusals (body, GraphQL syntax and validation, idempotency keys) and the faults.
 * Each context lists its own in `domain/errors.ts`; src/error-codes.ts joins them into the one
 * `ErrorCode` union and the one table of what each code means at the HTTP edge.
 */
export const SHARED_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // A partner client's token lacks the scope a field needs (every context checks its own fields).
  'INSUFFICIENT_SCOPE',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_UNSUPPORTED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_BUSY',
  'SERVICE_UNAVAILABLE',
  // @apollo/gateway's, over remote subgraphs: a subgraph did not answer.
  'DOWNSTREAM_SERVICE_ERROR',
  'INTERNAL_SERVER_ERROR',
] as const;

export type SharedErrorCode = (typeof SHARED_ERROR_CODES)[number];

/**
 * What the HTTP edge does with a code. `status`: the HTTP status when the code answers a whole
 * request (the CSV export, the transport's refusals, the idempotency plugin's); a GraphQL answer
 * from inside execution keeps Apollo's 200. `retryable`: a keyed mutation that met it is not
 * stored, so that the retry with the same `Idempotency-Key` runs again.
 */
export interface ErrorRule {
  status: number;
  retryable: boolean;
}

/** The table, as the parts of shared/ that read it see it (src/error-codes.ts holds it, keyed on every code). */
export type ErrorRules = Readonly<Record<string, ErrorRule | undefined>>;
