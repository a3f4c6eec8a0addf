/** What clients are told to wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Connection refused or cut at the socket level (the server is down, restarting or unreachable).
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown,
// 57P03 cannot_connect_now (starting up, shutting down, recovering), 53300 too_many_connections.
const SQLSTATES = /^(08...|57P0[123]|53300)$/;
// What pg, pg-pool, knex and tarn say when a connection is gone or cannot be had in time. knex's
// "Transaction query already complete" is the next statement of a transaction whose connection
// died under it (knex ended the transaction on the socket error): nothing of it was committed.
const MESSAGES =
  /Connection terminated|Transaction query already complete|connection is closed|Client has encountered a connection error|not queryable|Knex: Timeout acquiring a connection|timeout exceeded when trying to connect|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * True when `error` says the database cannot be reached right now (rather than that the
 * statement is wrong): the client should retry later, the process should go on. Looks through
 * `cause` and MikroORM's copies of the driver error's properties.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATES.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  // AggregateError: a host name resolving to several addresses, each refused.
  if (Array.isArray(errors) && errors.length > 0 && errors.every((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
